import type { LessonData } from '../lessons/data.ts';
import { loadLesson } from '../lessons/load-lesson.ts';
import type { Exercise, LessonContent, LessonEntry, Locale } from '../lessons/types.ts';

/** Loads `lessons` in the best language for `locale` (precached: works offline), by lesson id. */
export async function loadContents(data: Pick<LessonData, 'lesson'>, lessons: readonly LessonEntry[], locale: Locale): Promise<Map<string, LessonContent>> {
  const contents = await Promise.all(lessons.map((lesson) => loadLesson(data, lesson, locale)));
  return new Map(contents.map((content) => [content.id, content]));
}

export const exerciseOf = (content: LessonContent | undefined, id: string): Exercise | undefined =>
  content?.blocks.flatMap((block) => (block.type === 'exercise' && block.exercise.id === id ? [block.exercise] : []))[0];

/** A date as the learner's language writes it (12 novembre 2026 / ١٢ نوفمبر ٢٠٢٦). */
export const formatDate = (at: number, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at);
