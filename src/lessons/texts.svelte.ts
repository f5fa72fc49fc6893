import { SvelteMap } from 'svelte/reactivity';
import { appContext } from '../context.ts';
import { SOURCE_LOCALE } from './catalog.ts';
import { pickLocale, readingChain } from './library.ts';
import type { Catalog, LessonEntry, LessonSummary, LessonText, LessonTexts, Locale, ServedCatalog, TrackSummary } from './types.ts';

/**
 * Lesson titles and summaries, loaded per language when a page needs them (the home page does not), so the
 * first download stays small however large the curriculum grows.
 */
export class LessonTextStore {
  #load: (locale: Locale) => Promise<LessonTexts>;
  #locales: readonly Locale[];
  #byLocale = new SvelteMap<Locale, LessonTexts>();
  #pending = new Map<Locale, Promise<void>>();
  #second = $state<Locale>(SOURCE_LOCALE);

  /** `locales`: the languages that have texts; `load` fetches one of them. */
  constructor(locales: readonly Locale[], load: (locale: Locale) => Promise<LessonTexts>) {
    this.#locales = locales;
    this.#load = load;
  }

  /** A store that already holds every text (tests, tools): nothing to load. */
  static fromCatalog(catalog: Catalog<LessonSummary>): LessonTextStore {
    const store = new LessonTextStore([], () => Promise.resolve({}));
    for (const lesson of catalog.tracks.flatMap((track) => track.lessons)) {
      for (const locale of lesson.locales) {
        const texts = store.#byLocale.get(locale) ?? {};
        texts[lesson.id] = { title: lesson.title[locale] ?? '', summary: lesson.summary[locale] ?? '' };
        store.#byLocale.set(locale, texts);
      }
    }
    return store;
  }

  /** The learner's second language (French by default): titles of lessons not in theirs show in it, as the lessons do. */
  get second(): Locale {
    return this.#second;
  }
  set second(locale: Locale) {
    this.#second = locale;
  }

  /** Loads the texts a learner reading `locale` may see: that language and its fallbacks. */
  async ensure(locale: Locale): Promise<void> {
    const chain = readingChain(locale, this.#second).filter((candidate) => this.#locales.includes(candidate) && !this.#byLocale.has(candidate));
    await Promise.all(chain.map((candidate) => this.#loadOnce(candidate)));
  }

  /** One download per language, however many pages ask for it at the same time. */
  #loadOnce(locale: Locale): Promise<void> {
    let pending = this.#pending.get(locale);
    if (!pending) {
      pending = this.#load(locale)
        .then((texts) => void this.#byLocale.set(locale, texts))
        .finally(() => this.#pending.delete(locale));
      this.#pending.set(locale, pending);
    }
    return pending;
  }

  /** A lesson's title and summary in `locale`, or in the nearest language it exists in, with that language. */
  text(lesson: LessonEntry, locale: Locale): LessonText & { locale: Locale } {
    const loaded = lesson.locales.filter((candidate) => this.#byLocale.get(candidate)?.[lesson.id]);
    const chosen = pickLocale(loaded, locale, this.#second);
    const found = chosen && this.#byLocale.get(chosen)?.[lesson.id];
    // The id is written in Latin letters, read left to right like English.
    return found ? { ...found, locale: chosen } : { title: lesson.id, summary: '', locale: 'en' };
  }

  title(lesson: LessonEntry, locale: Locale): string {
    return this.text(lesson, locale).title;
  }

  /** The texts of a lesson or a track in each language loaded so far: a language that arrives adds its own. */
  loaded(id: string): Record<Locale, LessonText> {
    const found: Record<Locale, LessonText> = {};
    for (const [locale, texts] of this.#byLocale) if (texts[id]) found[locale] = texts[id];
    return found;
  }
}

/**
 * The catalog as pages use it: each track's title and description by language, read from the texts loaded so
 * far, so that the first download carries no track text in ten languages. Pages that show them wait for the
 * texts of the learner's language (`LessonTextStore.ensure`), as they do for lesson titles.
 */
export function withTrackTexts(served: ServedCatalog, texts: LessonTextStore): Catalog {
  return {
    tracks: served.tracks.map(({ locales: _, ...track }) => {
      const field = (key: keyof LessonText) => () =>
        Object.fromEntries(Object.entries(texts.loaded(track.id)).map(([locale, text]) => [locale, text[key]]));
      // Enumerable getters: a spread copy keeps the texts of the moment.
      return Object.defineProperties({ ...track } as TrackSummary, {
        title: { get: field('title'), enumerable: true },
        description: { get: field('summary'), enumerable: true },
      });
    }),
  };
}

const context = appContext<LessonTextStore>('lesson text store');
export const provideLessonTexts = context.provide;
export const useLessonTexts = context.use;
export const LESSON_TEXTS_CONTEXT = context.key;
