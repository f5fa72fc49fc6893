/**
 * Class plans and reports as share links: the schemas the link codec checks their shape with. Which lessons
 * this device knows is decided after, by the page (`readPlan`, `readReport` with the catalog), so that lessons
 * of a newer curriculum are named to the reader instead of making the whole link fail.
 */
import { Invalid } from '../progress/guards.ts';
import type { ShareSchema } from '../share/link-codec.ts';
import { readPlanData, type ClassPlan } from './plan.ts';
import { readReport, type ClassReport, type KnownLesson } from './report.ts';

const ANY_LESSON = { has: () => true };

/** Plan links carry a `ClassPlan` (version 1). */
export const PLAN_SCHEMA: ShareSchema<'plan', ClassPlan> = { kind: 'plan', version: 1, read: (data) => readPlanData(data, ANY_LESSON).plan };

/** Report links carry a `ClassReport` (version 1). */
export const REPORT_SCHEMA: ShareSchema<'report', ClassReport> = {
  kind: 'report',
  version: 1,
  read(data) {
    const reading = readReport(data);
    if (!reading.ok) throw new Invalid(reading.detail);
    return reading.report;
  },
};

/** Every lesson of the catalog with its exercises: what plans and reports are checked against. */
export const knownLessons = (catalog: { tracks: readonly { lessons: readonly KnownLesson[] }[] }): KnownLesson[] =>
  catalog.tracks.flatMap((track) => track.lessons.map(({ id, exercises, moves }) => ({ id, exercises, ...(moves ? { moves } : {}) })));
