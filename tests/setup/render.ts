import { render, type RenderResult } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { initI18n, NAMESPACES } from '../../src/i18n/i18n.ts';
import { TRANSLATOR_CONTEXT, Translator } from '../../src/i18n/translator.svelte.ts';
import { LESSON_TEXTS_CONTEXT, LessonTextStore } from '../../src/lessons/texts.svelte.ts';
import { MemoryStore } from '../../src/progress/memory-store.ts';
import { catalog } from '../fixtures/catalog.ts';
import { diskBundles } from './bundles.ts';
import { LearnerSession, SESSION_CONTEXT } from '../../src/progress/session.svelte.ts';

/** A learner session kept in memory, as the app has when storage is unavailable. */
export async function memorySession(locale = 'fr'): Promise<LearnerSession> {
  const store = new MemoryStore();
  return LearnerSession.start({
    suggestedLocale: locale,
    defaultName: 'Amina',
    open: async () => ({ store, contents: await store.load(), problem: undefined, dataLeftBehind: false }),
  });
}

/** Renders a component inside the app's context (translator in `locale`, French by default, a fresh learner). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bound Svelte itself uses for props
export async function renderInApp<P extends Record<string, any>, E extends Record<string, any>>(
  component: Component<P, E, string>,
  props: P,
  locale = 'fr',
  session?: LearnerSession,
) {
  const translator = new Translator(await initI18n(locale, NAMESPACES, diskBundles));
  const learner = session ?? (await memorySession(locale));
  const context = new Map<symbol, unknown>([
    [TRANSLATOR_CONTEXT, translator],
    [SESSION_CONTEXT, learner],
    [LESSON_TEXTS_CONTEXT, LessonTextStore.fromCatalog(catalog)],
  ]);
  // testing-library's conditional component types cannot be resolved for a generic component.
  const result = render(component as never, { props, context } as never);
  return { ...(result as RenderResult<Component<P, E>>), translator, session: learner };
}
