import type { Catalog, LessonEntry } from '../lessons/types.ts';
import type { ExerciseRecord } from './types.ts';

/** What the table reads of a learner: a backup file's snapshot, or a class member heard from by report. */
export interface ClassLearner {
  profile: { name: string };
  progress: { exercises: readonly (Pick<ExerciseRecord, 'lessonId' | 'exerciseId' | 'status'> & { draft?: unknown })[] };
}

/** Where one learner stands on one lesson, as the class view shows it. */
export type LessonState = 'done' | 'started' | 'not-started';

export interface ClassRow {
  learner: string;
  /** Lesson id → state. */
  lessons: Record<string, LessonState>;
  /** Track id → passed and total exercises. */
  tracks: Record<string, { passed: number; total: number }>;
  passed: number;
}

export interface ClassTable {
  lessons: { id: string; track: string; title: string }[];
  rows: ClassRow[];
}

/** One row per learner, one column per lesson of the catalog. Pure: no files, no DOM. */
export function buildClassTable(catalog: Catalog, snapshots: readonly ClassLearner[], titleOf: (lesson: LessonEntry) => string): ClassTable {
  const lessons = catalog.tracks.flatMap((track) =>
    track.lessons.map((lesson) => ({ id: lesson.id, track: track.id, title: titleOf(lesson), exercises: lesson.exercises })),
  );
  const rows = snapshots.map((snapshot): ClassRow => {
    const records = snapshot.progress.exercises;
    const passed = new Set(records.filter((r) => r.status === 'passed').map((r) => `${r.lessonId}#${r.exerciseId}`));
    const touched = new Set(records.filter((r) => r.status !== 'not-started' || r.draft).map((r) => r.lessonId));
    const row: ClassRow = { learner: snapshot.profile.name, lessons: {}, tracks: {}, passed: 0 };
    for (const lesson of lessons) {
      const done = lesson.exercises.filter((id) => passed.has(`${lesson.id}#${id}`)).length;
      row.lessons[lesson.id] = lesson.exercises.length > 0 && done === lesson.exercises.length ? 'done' : done > 0 || touched.has(lesson.id) ? 'started' : 'not-started';
      const track = (row.tracks[lesson.track] ??= { passed: 0, total: 0 });
      track.passed += done;
      track.total += lesson.exercises.length;
      row.passed += done;
    }
    return row;
  });
  return { lessons: lessons.map(({ id, track, title }) => ({ id, track, title })), rows };
}

const cell = (value: string | number) => {
  const text = String(value);
  // Quote what a spreadsheet would split or treat as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",;\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The table as CSV: learner, one column per lesson, then passed/total per track. */
export function classTableCsv(table: ClassTable, trackIds: readonly string[], labels: { learner: string; state: Record<LessonState, string> }): string {
  const header = [labels.learner, ...table.lessons.map((lesson) => lesson.title), ...trackIds];
  const lines = table.rows.map((row) => [
    row.learner,
    ...table.lessons.map((lesson) => labels.state[row.lessons[lesson.id] ?? 'not-started']),
    ...trackIds.map((id) => `${row.tracks[id]?.passed ?? 0}/${row.tracks[id]?.total ?? 0}`),
  ]);
  return [header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
