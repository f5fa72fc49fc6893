/**
 * Which lesson files a device keeps for offline use. The app ships with every lesson in the source language (the
 * fallback every page can show); each learner's own languages are downloaded for them, not all ten for everyone.
 */
import { SOURCE_LOCALE } from '../lessons/catalog.ts';
import { dataPath } from '../lessons/data.ts';
import { lessonLocale } from '../lessons/load-lesson.ts';
import type { LessonEntry, Locale } from '../lessons/types.ts';

/** The Cache Storage cache that holds lesson files of other languages, shared with the service worker's route. */
export const LESSON_CACHE = 'sirius-lessons';

/**
 * A lesson data file in the built app, as a path or a URL: `lessons/<track>/<slug>/<locale>.json` (texts and
 * glossaries have one folder less). The service worker's route for lessons outside its precache uses it too.
 */
export const LESSON_FILE = /(?:^|\/)lessons\/[^/?#]+\/[^/?#]+\/([^/?#]+)\.json(?:[?#]|$)/;

/** The language of a lesson data file (path or URL), or undefined for any other file. */
export function lessonFileLocale(path: string): Locale | undefined {
  return LESSON_FILE.exec(path)?.[1];
}

/** Whether a built file belongs to the first visit's download: everything but lessons in other languages. */
export function precached(path: string): boolean {
  const locale = lessonFileLocale(path);
  return locale === undefined || locale === SOURCE_LOCALE;
}

/** A lesson file a learner needs beyond the precache, and its language. */
export interface LessonFile {
  path: string;
  locale: Locale;
}

/**
 * The files a learner reads that the app does not ship with: for each lesson, the language its page opens in
 * for them (their language, else their second language), when that is not the source language.
 */
export function learnerLessonFiles(lessons: readonly LessonEntry[], locale: Locale, second: Locale): LessonFile[] {
  const files: LessonFile[] = [];
  for (const lesson of lessons) {
    const shown = lessonLocale(lesson, locale, second);
    if (shown !== undefined && shown !== SOURCE_LOCALE) files.push({ path: dataPath.lesson(lesson.id, shown), locale: shown });
  }
  return files;
}

/** Whether a cached URL was stored for another content version, and must go (as old precaches do). */
export function outdated(url: string, version: string): boolean {
  return new URL(url, 'http://app.invalid/').searchParams.get('v') !== version;
}

/** The languages of `files`, each once. */
export const localesOf = (files: readonly LessonFile[]): Locale[] => [...new Set(files.map((file) => file.locale))];
