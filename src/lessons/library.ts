import { SOURCE_LOCALE } from './catalog.ts';
import type { Catalog, LessonContent, LessonSummary, Locale, TrackSummary } from './types.ts';

/** Lesson chunks by lesson id and language, as the build emits them. */
export type LessonLoaders = Record<string, Record<Locale, () => Promise<{ default: LessonContent }>>>;

// Nearest languages to try before the source language: a Dari reader can read Persian.
const NEAR: Record<Locale, Locale[]> = { prs: ['fa'], fa: ['prs'], ps: ['prs', 'fa'] };

/** The language to show a lesson in: the wanted one, a near one, the source language, then English. */
export function pickLocale(available: readonly Locale[], wanted: Locale): Locale | undefined {
  const chain = [wanted, ...(NEAR[wanted] ?? []), SOURCE_LOCALE, 'en'];
  return chain.find((locale) => available.includes(locale)) ?? available[0];
}

/** A per-language text (title, summary) in the wanted language or its nearest fallback. */
export function localized(texts: Record<Locale, string>, wanted: Locale): string {
  const locale = pickLocale(Object.keys(texts), wanted);
  return locale ? (texts[locale] ?? '') : '';
}

export function findTrack(catalog: Catalog, id: string): TrackSummary | undefined {
  return catalog.tracks.find((track) => track.id === id);
}

export function findLesson(catalog: Catalog, id: string): { track: TrackSummary; lesson: LessonSummary; index: number } | undefined {
  for (const track of catalog.tracks) {
    const index = track.lessons.findIndex((lesson) => lesson.id === id);
    const lesson = track.lessons[index];
    if (lesson) return { track, lesson, index };
  }
  return undefined;
}

/** Loads a lesson's chunk in the best available language. */
export async function loadLesson(
  loaders: LessonLoaders,
  lesson: LessonSummary,
  wanted: Locale,
): Promise<LessonContent> {
  const locale = pickLocale(lesson.locales, wanted);
  const load = locale ? loaders[lesson.id]?.[locale] : undefined;
  if (!load) throw new Error(`no chunk for lesson ${lesson.id}`);
  return (await load()).default;
}
