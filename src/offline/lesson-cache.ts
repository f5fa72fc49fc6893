import { versionedPath } from '../lessons/data.ts';
import type { LessonEntry, Locale } from '../lessons/types.ts';
import { LESSON_CACHE, learnerLessonFiles, localesOf, outdated, type LessonFile } from './lesson-files.ts';

/** Files downloaded at once: enough to use a weak link well, few enough to leave room for the page's own requests. */
const PARALLEL = 4;

/**
 * Keeps `files` of content `version` in the lesson cache, which the service worker answers lesson requests from:
 * files of other versions go first (an update never mixes versions), then the missing ones are downloaded.
 * Returns the files that could not be stored (network lost, server error).
 */
export async function keepLessonFiles(files: readonly LessonFile[], version: string, signal: AbortSignal): Promise<LessonFile[]> {
  const cache = await caches.open(LESSON_CACHE);
  for (const request of await cache.keys()) if (outdated(request.url, version)) await cache.delete(request);
  const failed: LessonFile[] = [];
  let next = 0;
  const download = async () => {
    while (next < files.length && !signal.aborted) {
      const file = files[next++]!;
      const url = new URL(versionedPath(file.path, version), document.baseURI).href;
      if (await cache.match(url)) continue;
      try {
        const response = await fetch(url, { signal });
        if (!response.ok) throw new Error(`${response.status} ${file.path}`);
        await cache.put(url, response);
      } catch {
        failed.push(file);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, download));
  return failed;
}

/**
 * Keeps the lessons a learner reads beyond the precache (`learnerLessonFiles`) for content `version`; `starting`
 * hears their languages before the downloads begin. Returns the languages with a lesson still missing.
 */
export async function keepLearnerLessons(
  learner: { lessons: readonly LessonEntry[]; locale: Locale; second: Locale; version: string },
  signal: AbortSignal,
  starting: (locales: Locale[]) => void,
): Promise<Locale[]> {
  const files = learnerLessonFiles(learner.lessons, learner.locale, learner.second);
  starting(localesOf(files));
  try {
    return localesOf(await keepLessonFiles(files, learner.version, signal));
  } catch (error) {
    // No Cache Storage (private window, storage full): the status keeps naming the languages not available.
    console.error(error);
    return localesOf(files);
  }
}
