/**
 * The lesson page's state: its lesson loaded in the learner's language (again on a retry or, in dev, when
 * the trainer saves it), the French companion of the bilingual view and how its blocks pair with the
 * learner's, the next step after a pass, and the page's runner, created on first use and released with the
 * page. The component only shows it.
 */
import { isolate, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import type { Translate } from '../i18n/i18n.ts';
import { LESSONS_CHANGED, type LessonData } from '../lessons/data.ts';
import { findLesson, loadLesson } from '../lessons/library.ts';
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
  #bilingual = $state(false);
  #french = $state<Loaded | undefined>();
  #runnerLoad: Promise<Runner> | undefined;

  constructor(options: LessonViewOptions) {
    this.#options = options;
    this.found = findLesson(options.catalog, options.lessonId);
    const summary = this.found?.lesson;
    $effect(() => {
      const locale = options.locale();
      void this.#attempt;
      if (summary) return follow(loadLesson(options.data, summary, locale), (state) => (this.#lesson = state));
    });
    $effect(() => {
      void this.#attempt;
      if (!this.#bilingual || !summary) return;
      this.#french = { status: 'loading' };
      return follow(options.data.lesson(summary.id, SOURCE_LANGUAGE), (state) => (this.#french = state));
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

  /** Bilingual view: the French version beside the learner's, to learn French while learning code. */
  get bilingual(): boolean {
    return this.#bilingual;
  }
  set bilingual(on: boolean) {
    this.#bilingual = on;
  }
  get french(): Loaded | undefined {
    return this.#bilingual ? this.#french : undefined;
  }
  /** The French lesson, once the bilingual view has it. */
  get companion(): LessonContent | undefined {
    return this.#bilingual && this.#french?.status === 'ready' ? this.#french.content : undefined;
  }

  /** The French block matching the learner's block `index`, when both versions have the same shape there. */
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
