import { SOURCE_LOCALE } from './catalog.ts';
import type { LessonData } from './data.ts';
import type { Catalog, LessonContent, LessonEntry, Locale, TrackSummary } from './types.ts';


// Nearest languages to try before the source language: a Dari reader can read Persian.
const NEAR: Record<Locale, Locale[]> = { prs: ['fa'], fa: ['prs'], ps: ['prs', 'fa'] };

/** The language to show a lesson in: the wanted one, a near one, the source language, then English. */
export function pickLocale(available: readonly Locale[], wanted: Locale): Locale | undefined {
  const chain = [wanted, ...(NEAR[wanted] ?? []), SOURCE_LOCALE, 'en'];
  return chain.find((locale) => available.includes(locale)) ?? available[0];
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

/** Loads a lesson in the best available language. */
export async function loadLesson(data: Pick<LessonData, 'lesson'>, lesson: LessonEntry, wanted: Locale): Promise<LessonContent> {
  const locale = pickLocale(lesson.locales, wanted);
  if (!locale) throw new Error(`lesson ${lesson.id} has no language`);
  return data.lesson(lesson.id, locale);
}
