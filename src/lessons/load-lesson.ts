/**
 * Which language a lesson opens in, and loading it: apart from `library.ts` so that only pages showing a lesson
 * carry it, not the home page.
 */
import type { LessonData } from './data.ts';
import { pickLocale } from './library.ts';
import type { LessonContent, LessonEntry, Locale } from './types.ts';

/**
 * The language a lesson page shows: `chosen` when the learner opened the lesson in one of its languages (a
 * link of the untranslated-lesson notice), otherwise the best of their reading chain.
 */
export function lessonLocale(lesson: LessonEntry, wanted: Locale, second?: Locale, chosen?: Locale): Locale | undefined {
  return chosen !== undefined && lesson.locales.includes(chosen) ? chosen : pickLocale(lesson.locales, wanted, second);
}

/** Loads a lesson in the language `lessonLocale` picks. */
export async function loadLesson(
  data: Pick<LessonData, 'lesson'>,
  lesson: LessonEntry,
  wanted: Locale,
  second?: Locale,
  chosen?: Locale,
): Promise<LessonContent> {
  const locale = lessonLocale(lesson, wanted, second, chosen);
  if (!locale) throw new Error(`lesson ${lesson.id} has no language`);
  return data.lesson(lesson.id, locale);
}
