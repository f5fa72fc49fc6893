import { render } from '@testing-library/svelte';
import type { Component, ComponentProps } from 'svelte';
import { initI18n } from '../../src/i18n/i18n.ts';
import { TRANSLATOR_CONTEXT, Translator } from '../../src/i18n/translator.svelte.ts';

/** Renders a component inside the app's context (translator in `locale`, French by default). */
export async function renderInApp<C extends Component<any>>(component: C, props: ComponentProps<C>, locale = 'fr') {
  const translator = new Translator(await initI18n(locale));
  const result = render(component as never, { props, context: new Map([[TRANSLATOR_CONTEXT, translator]]) });
  return { ...result, translator };
}
