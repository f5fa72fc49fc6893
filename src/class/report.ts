/**
 * A learner's report to the trainer: who, for which class, and the state of each exercise of the plan's
 * lessons — no code, no draft. It travels in a link, so `readReport` reads it as untrusted input. Pure.
 */
import type { LessonMove } from '../lessons/types.ts';
import { checked, Invalid, isObject, object, time } from '../progress/guards.ts';
import { movesOf } from '../progress/exercise-moves.ts';
import { rehome } from '../progress/rehome.ts';
import type { ExerciseState } from './due.ts';
import { MAX_PLAN_LESSONS, readId, readName, type ClassPlan } from './plan.ts';

/** Exercises left out are not started. */
export type ReportedLesson = Record<string, Exclude<ExerciseState, 'not-started'>>;

export interface ClassReport {
  planId: string;
  className: string;
  /** The learner's profile id on their device: a second report from them updates the first. */
  learnerId: string;
  learner: string;
  sentAt: number;
  /** Lesson id → exercise id → state, for every lesson of the plan. */
  lessons: Record<string, ReportedLesson>;
}

/** A lesson with its exercise ids (and those that came from another lesson), as the catalog lists it. */
export interface KnownLesson {
  id: string;
  exercises: readonly string[];
  moves?: readonly LessonMove[];
}

export const MAX_REPORT_EXERCISES = 100;

/** The report of a learner on `plan`, from their exercise states. */
export function makeReport(
  plan: ClassPlan,
  learner: { id: string; name: string },
  lessons: readonly KnownLesson[],
  stateOf: (lessonId: string, exerciseId: string) => ExerciseState,
  now: number,
): ClassReport {
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const reported: Record<string, ReportedLesson> = {};
  for (const { lesson } of plan.lessons) {
    const entry: ReportedLesson = {};
    for (const exercise of byId.get(lesson)?.exercises ?? []) {
      const state = stateOf(lesson, exercise);
      if (state !== 'not-started') entry[exercise] = state;
    }
    reported[lesson] = entry;
  }
  return { planId: plan.id, className: plan.className, learnerId: learner.id, learner: learner.name, sentAt: now, lessons: reported };
}

export type ReportReading =
  | { ok: true; report: ClassReport; unknownLessons: string[] }
  | { ok: false; reason: 'invalid'; detail: string };

/**
 * Reads a report from a link or from storage. Lessons and exercises this device does not know are left out
 * (the lessons are listed in `unknownLessons`); states other than passed and started are refused. Without
 * `known`, only the shape is checked and every lesson is kept.
 */
export function readReport(raw: unknown, known?: readonly KnownLesson[]): ReportReading {
  const byId = known && new Map(known.map((lesson) => [lesson.id, new Set(lesson.exercises)]));
  const result = checked(() => {
    const data = object(raw, 'report');
    const sentAt = time(data.sentAt, 'sentAt');
    if (sentAt === undefined) throw new Invalid('sentAt: missing');
    const entries = Object.entries(object(data.lessons, 'lessons'));
    if (entries.length > MAX_PLAN_LESSONS) throw new Invalid(`lessons: more than ${MAX_PLAN_LESSONS}`);
    const read: { lessonId: string; exerciseId: string; status: ReportedLesson[string] }[] = [];
    for (const [lesson, value] of entries) {
      if (!isObject(value)) throw new Invalid(`lessons.${lesson}: expected an object`);
      const exercises = Object.entries(value);
      if (exercises.length > MAX_REPORT_EXERCISES) throw new Invalid(`lessons.${lesson}: too many exercises`);
      for (const [exercise, state] of exercises) {
        if (state !== 'passed' && state !== 'started') throw new Invalid(`lessons.${lesson}.${exercise}: unknown state`);
        if (exercise.length > 200) throw new Invalid(`lessons.${lesson}: exercise id too long`);
        read.push({ lessonId: lesson, exerciseId: exercise, status: state });
      }
    }
    // A report from before an exercise moved names its former lesson: it counts in the new one.
    const placed = known ? rehome(read, movesOf(known)).records : read;
    const lessons: Record<string, ReportedLesson> = {};
    const unknownLessons: string[] = [];
    for (const [lesson] of entries) {
      if (!byId || byId.has(lesson)) lessons[lesson] = {};
      else unknownLessons.push(lesson.slice(0, 200));
    }
    for (const { lessonId, exerciseId, status } of placed) {
      if (!byId || byId.get(lessonId)?.has(exerciseId)) (lessons[lessonId] ??= {})[exerciseId] = status;
    }
    return {
      report: {
        planId: readId(data.planId, 'planId'),
        className: readName(data.className, 'className'),
        learnerId: readId(data.learnerId, 'learnerId'),
        learner: readName(data.learner, 'learner'),
        sentAt,
        lessons,
      },
      unknownLessons,
    };
  });
  return result.ok ? { ok: true, ...result.value } : { ok: false, reason: 'invalid', detail: result.reason };
}
