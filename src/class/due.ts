/**
 * Where a learner stands on a plan: each lesson's status from the progress records, and the plan's lessons
 * grouped by due day. Days are calendar days (`YYYY-MM-DD`) of the device's own time zone. Pure.
 */
import type { PlanLesson } from './plan.ts';

/** An exercise as a plan sees it: passed, begun (run or edited), or untouched. */
export type ExerciseState = 'passed' | 'started' | 'not-started';

/** A plan lesson's status: `late` is work not done after its due day (shown gently, it is not a fault). */
export type LessonStatus = 'done' | 'in-progress' | 'not-started' | 'late';

/** The calendar day of `date` on this device, as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Noon of a day, so formatting it in any time zone of the device shows that day. */
export const dayDate = (day: string): Date => new Date(`${day}T12:00:00`);

/**
 * A lesson's status: done when every exercise passed; late when not done and its due day is before `today`;
 * in progress when any exercise was begun.
 */
export function lessonStatus(exercises: readonly string[], stateOf: (exerciseId: string) => ExerciseState, due: string | undefined, today: string): LessonStatus {
  const states = exercises.map(stateOf);
  if (states.length > 0 && states.every((state) => state === 'passed')) return 'done';
  if (due !== undefined && due < today) return 'late';
  return states.some((state) => state !== 'not-started') ? 'in-progress' : 'not-started';
}

export interface DueGroup {
  /** `undefined` for lessons without a due day (listed last). */
  due: string | undefined;
  lessons: PlanLesson[];
}

/** The lessons grouped by due day, earliest first, in plan order inside a day; lessons without a day last. */
export function groupByDue(lessons: readonly PlanLesson[]): DueGroup[] {
  const groups = new Map<string | undefined, PlanLesson[]>();
  for (const lesson of lessons) groups.set(lesson.due, [...(groups.get(lesson.due) ?? []), lesson]);
  return [...groups]
    .map(([due, grouped]) => ({ due, lessons: grouped }))
    .sort((a, b) => (a.due === b.due ? 0 : a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1));
}

/** How many lessons have each status. */
export function statusCounts(statuses: readonly LessonStatus[]): Record<LessonStatus, number> {
  const counts: Record<LessonStatus, number> = { done: 0, 'in-progress': 0, 'not-started': 0, late: 0 };
  for (const status of statuses) counts[status]++;
  return counts;
}
