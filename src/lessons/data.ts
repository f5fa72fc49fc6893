import type { Glossary } from './glossary.ts';
import type { LessonContent, LessonTexts, Locale } from './types.ts';

/**
 * Where lesson data lives in the built app, relative to index.html. Paths are computed, not listed, so the
 * first download does not grow with the number of lessons; `?v=` carries the content version.
 */
export const dataPath = {
  lesson: (id: string, locale: Locale) => `lessons/${id}/${locale}.json`,
  texts: (locale: Locale) => `lessons/texts/${locale}.json`,
  glossary: (locale: Locale) => `lessons/glossary/${locale}.json`,
};

/** A data file's URL for one content version: a new version never reads an old file from a cache. */
export const versionedPath = (path: string, version: string) => `${path}?v=${version}`;

/**
 * In dev, the event the server sends when lesson bodies changed and the catalog did not, passed on to the page
 * as a window event of the same name: a lesson page fetches its lesson again in place, so a trainer keeps their
 * place. Other changes reload the page.
 */
export const LESSONS_CHANGED = 'sirius:lessons-changed';

/** The lesson data the app loads on demand. */
export interface LessonData {
  lesson(id: string, locale: Locale): Promise<LessonContent>;
  texts(locale: Locale): Promise<LessonTexts>;
  glossary(locale: Locale): Promise<Glossary>;
}

/** Lesson data fetched from the app's own folder (precached by the service worker for offline use). */
export function fetchLessonData(version: string, fetcher: typeof fetch = fetch): LessonData {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetcher(versionedPath(path, version));
    // In dev, a broken lesson answers with its `file:line: message` list as text.
    if (!response.ok) throw new Error((await response.text()) || `${response.status} ${path}`);
    return (await response.json()) as T;
  };
  return {
    lesson: (id, locale) => get(dataPath.lesson(id, locale)),
    texts: (locale) => get(dataPath.texts(locale)),
    glossary: (locale) => get(dataPath.glossary(locale)),
  };
}
