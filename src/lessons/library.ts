import { SOURCE_LOCALE } from './catalog.ts';
import type { Catalog, LessonEntry, Locale, TrackSummary } from './types.ts';

// Nearest languages to try before the second language: a Dari reader can read Persian.
const NEAR: Record<Locale, Locale[]> = { prs: ['fa'], fa: ['prs'], ps: ['prs', 'fa'] };

/**
 * The languages a learner reads, best first: `wanted` (their UI language), the ones near it, `second` (the
 * language they chose for lessons not in theirs, French unless they chose another), French, then English.
 */
export function readingChain(wanted: Locale, second: Locale = SOURCE_LOCALE): Locale[] {
  return [...new Set([wanted, ...(NEAR[wanted] ?? []), second, SOURCE_LOCALE, 'en'])];
}

/** The language to show a lesson in: the first of `readingChain` it exists in, else its first language. */
export function pickLocale(available: readonly Locale[], wanted: Locale, second?: Locale): Locale | undefined {
  return readingChain(wanted, second).find((locale) => available.includes(locale)) ?? available[0];
}

/** A text and the language it is written in, which may be a fallback of the wanted one. */
export interface LocalizedText {
  text: string;
  locale: Locale;
}

/** A per-language text (title, summary) in the wanted language or its nearest fallback, with that language. */
export function localizedText(texts: Record<Locale, string>, wanted: Locale): LocalizedText {
  const locale = pickLocale(Object.keys(texts), wanted);
  return locale ? { text: texts[locale] ?? '', locale } : { text: '', locale: wanted };
}

export function localized(texts: Record<Locale, string>, wanted: Locale): string {
  return localizedText(texts, wanted).text;
}

export function findTrack<L extends LessonEntry>(catalog: Catalog<L>, id: string): TrackSummary<L> | undefined {
  return catalog.tracks.find((track) => track.id === id);
}

export function findLesson<L extends LessonEntry>(
  catalog: Catalog<L>,
  id: string,
): { track: TrackSummary<L>; lesson: L; index: number } | undefined {
  for (const track of catalog.tracks) {
    const index = track.lessons.findIndex((lesson) => lesson.id === id);
    const lesson = track.lessons[index];
    if (lesson) return { track, lesson, index };
  }
  return undefined;
}
