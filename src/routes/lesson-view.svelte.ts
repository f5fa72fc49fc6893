/**
 * The lesson page's state: its lesson loaded in the learner's language, their second language or the one they
 * opened it in (again on a retry or, in dev, when the trainer saves it), the companion of the bilingual view
 * (French or their second language) and how its blocks pair with the learner's, the next step after a pass,
 * and the page's runner, created on first use and released with the page. The component only shows it.
 */
import { untrack } from 'svelte';
import { isolate, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import type { Translate } from '../i18n/i18n.ts';
import { LESSONS_CHANGED, type LessonData } from '../lessons/data.ts';
import { findLesson } from '../lessons/library.ts';
import { lessonLocale, loadLesson } from '../lessons/load-lesson.ts';
import type { LessonTextStore } from '../lessons/texts.svelte.ts';
import type { Catalog, LessonBlock, LessonContent, LessonEntry, Locale } from '../lessons/types.ts';
import type { Runner } from '../runner/types.ts';
import { lessonHref } from './route.ts';

export type Loaded = { status: 'loading' } | { status: 'ready'; content: LessonContent } | { status: 'error'; detail: string };

export interface LessonViewOptions {
  catalog: Catalog;
  data: Pick<LessonData, 'lesson'>;
  lessonId: string;
  /** The learner's language, read reactively. */
  locale: () => Locale;
  /** Their language for lessons not in theirs (French by default), read reactively. */
  second: () => Locale;
  /** The language the lesson was opened in (a link of the untranslated-lesson notice), if any, read reactively. */
  chosen: () => Locale | undefined;
  t: Translate;
  texts: LessonTextStore;
}

/** Hands the outcome of `loading` to `show`, unless the effect ran again meanwhile; returns the effect's cleanup. */
function follow(loading: Promise<LessonContent>, show: (state: Loaded) => void): () => void {
  let current = true;
  loading.then(
    (content) => current && show({ status: 'ready', content }),
    (error: unknown) => current && show({ status: 'error', detail: error instanceof Error ? error.message : String(error) }),
  );
  return () => {
    current = false;
  };
}

/** Create it while the page component initialises: its effects live as long as the page. */
export class LessonView {
  readonly found: ReturnType<typeof findLesson>;
  #options: LessonViewOptions;
  #attempt = $state(0);
  #lesson = $state<Loaded>({ status: 'loading' });
  #companionLocale = $state<Locale | undefined>();
  #companion = $state<Loaded | undefined>();
  #runnerLoad: Promise<Runner> | undefined;

  constructor(options: LessonViewOptions) {
    this.#options = options;
    this.found = findLesson(options.catalog, options.lessonId);
    const summary = this.found?.lesson;
    $effect(() => {
      const locale = this.shown;
      void this.#attempt;
      // The title of a lesson opened in another language shows in that language too.
      if (locale) untrack(() => void options.texts.ensure(locale).catch(() => undefined));
      if (summary) return follow(loadLesson(options.data, summary, options.locale(), options.second(), locale), (state) => (this.#lesson = state));
    });
    $effect(() => {
      void this.#attempt;
      const companion = this.companionLocale;
      if (!companion || !summary) return;
      this.#companion = { status: 'loading' };
      return follow(options.data.lesson(summary.id, companion), (state) => (this.#companion = state));
    });
    // In dev, a saved lesson comes back in place (the trainer keeps their scroll position); see LESSONS_CHANGED.
    $effect(() => {
      const refresh = () => this.retry();
      window.addEventListener(LESSONS_CHANGED, refresh);
      return () => window.removeEventListener(LESSONS_CHANGED, refresh);
    });
    $effect(() => () => void this.#runnerLoad?.then((loaded) => loaded.dispose()));
  }

  get lesson(): Loaded {
    return this.#lesson;
  }

  /** Load the lesson (and its French companion) again. */
  retry(): void {
    this.#attempt++;
  }

  /** The language the lesson shows in (see `lessonLocale`). */
  get shown(): Locale | undefined {
    const summary = this.found?.lesson;
    const { locale, second, chosen } = this.#options;
    return summary && lessonLocale(summary, locale(), second(), chosen());
  }

  /**
   * Languages the bilingual view can show beside the lesson: French (to learn French while learning code) and
   * the learner's second language, when the lesson exists in them and is not already shown in them.
   */
  get companionLocales(): Locale[] {
    const summary = this.found?.lesson;
    const shown = this.#lesson.status === 'ready' ? this.#lesson.content.locale : this.shown;
    return [...new Set([SOURCE_LANGUAGE, this.#options.second()])].filter((locale) => locale !== shown && summary?.locales.includes(locale));
  }

  /** The language shown beside the lesson, if any (one of `companionLocales`). */
  get companionLocale(): Locale | undefined {
    return this.#companionLocale !== undefined && this.companionLocales.includes(this.#companionLocale) ? this.#companionLocale : undefined;
  }
  set companionLocale(locale: Locale | undefined) {
    this.#companionLocale = locale;
  }
  get companionState(): Loaded | undefined {
    return this.companionLocale ? this.#companion : undefined;
  }
  /** The companion lesson, once the bilingual view has it. */
  get companion(): LessonContent | undefined {
    return this.companionLocale && this.#companion?.status === 'ready' ? this.#companion.content : undefined;
  }

  /** The companion block matching the learner's block `index`, when both versions have the same shape there. */
  companionBlock(block: LessonBlock, index: number): LessonBlock | undefined {
    const other = this.companion?.blocks[index];
    if (!other || other.type !== block.type) return undefined;
    if (other.type === 'exercise' && block.type === 'exercise' && other.exercise.id !== block.exercise.id) return undefined;
    return other;
  }

  /** After `exerciseId` passes: the next exercise of the lesson, or the next lesson of the track. */
  nextStep(exerciseId: string): { href: string; label: string } | undefined {
    if (!this.found) return undefined;
    const { lesson, track, index } = this.found;
    const { t, texts, locale } = this.#options;
    const following = lesson.exercises[lesson.exercises.indexOf(exerciseId) + 1];
    if (following) return { href: lessonHref(lesson.id, following), label: t('pages:lesson.nextExercise') };
    const nextLesson: LessonEntry | undefined = track.lessons[index + 1];
    if (nextLesson) return { href: lessonHref(nextLesson.id), label: t('pages:lesson.nextLessonNamed', { title: isolate(texts.title(nextLesson, locale())) }) };
    return undefined;
  }

  /** One runner for the page, loaded with the first run or preview. A failed download is tried again next time. */
  readonly runner = (): Promise<Runner> =>
    (this.#runnerLoad ??= import('../runner/runner.ts').then(
      (module) => module.createRunner(),
      (error: unknown) => {
        this.#runnerLoad = undefined;
        throw error;
      },
    ));
}
