/**
 * `moved-from`: an exercise that moved to another lesson keeps its id and names the lesson it left, so every
 * learner's progress follows it (`src/progress/rehome.ts`). Pure: reading the value, and the checks across
 * lessons and languages that no single file can make.
 */
import { exercisesOf } from './exercises-of.ts';
import { say } from './messages/index.ts';
import type { LessonIssue, LessonMove, ParsedLesson } from './types.ts';

const WORDS = '[a-z0-9]+(?:-[a-z0-9]+)*';
const MOVED_FROM = new RegExp(`^(?:(${WORDS})/)?(${WORDS})$`);

/**
 * The lesson id a `moved-from` value names, from the lesson `own` (`track/slug`): a slug of the same track, or
 * `track/slug` for another one. A message when the value is not a slug or names the exercise's own lesson.
 */
export function readMovedFrom(value: string, own: { id: string; track: string }): { lessonId: string } | { message: string } {
  const match = MOVED_FROM.exec(value);
  if (!match) return { message: say('parse.movedFromValue', { value }) };
  const lessonId = `${match[1] ?? own.track}/${match[2]}`;
  if (lessonId === own.id) return { message: say('parse.movedFromOwn', { value }) };
  return { lessonId };
}

/** The moves a lesson declares, as the served catalog carries them. */
export const lessonMoves = (lesson: ParsedLesson): LessonMove[] =>
  exercisesOf(lesson).flatMap((exercise) => (exercise.movedFrom === undefined ? [] : [{ exerciseId: exercise.id, from: exercise.movedFrom }]));

/** A translation names the same former lesson as the source for each exercise (or none, as the source). */
export function movesDiffer(source: ParsedLesson, translation: ParsedLesson): LessonIssue[] {
  const original = new Map(exercisesOf(source).map((exercise) => [exercise.id, exercise.movedFrom]));
  return exercisesOf(translation).flatMap((exercise) => {
    if (!original.has(exercise.id) || original.get(exercise.id) === exercise.movedFrom) return [];
    const message = say('catalog.movedFromDiffers', { id: exercise.id, source: source.file });
    return [{ file: translation.file, line: exercise.line, column: 1, message }];
  });
}

/**
 * A move is ambiguous when the lesson it names still has an exercise of that id (which record is whose?), or when
 * two lessons say they took the same exercise from the same lesson. `sources` are the source-language files.
 */
export function ambiguousMoves(sources: readonly ParsedLesson[]): LessonIssue[] {
  const byId = new Map(sources.map((lesson) => [lesson.id, lesson]));
  const claimed = new Map<string, string>();
  const issues: LessonIssue[] = [];
  for (const lesson of sources) {
    for (const exercise of exercisesOf(lesson)) {
      const from = exercise.movedFrom;
      if (from === undefined) continue;
      const report = (message: string) => issues.push({ file: lesson.file, line: exercise.line, column: 1, message });
      const former = byId.get(from);
      if (former && exercisesOf(former).some((other) => other.id === exercise.id)) {
        report(say('catalog.movedFromStillThere', { id: exercise.id, from, file: former.file }));
      }
      const key = JSON.stringify([from, exercise.id]);
      const other = claimed.get(key);
      if (other !== undefined) report(say('catalog.movedFromTwice', { id: exercise.id, from, other }));
      else claimed.set(key, lesson.id);
    }
  }
  return issues;
}
