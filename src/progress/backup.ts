/** When to remind a learner to save their progress to a file: browsers may delete site data (Safari after 7 days unused). */
import type { ProgressSet } from './types.ts';

/** The time of the latest change in a progress set, or `undefined` if it is empty. */
export function lastChangeAt(progress: ProgressSet): number | undefined {
  let latest: number | undefined;
  const see = (time: number | undefined) => {
    if (time !== undefined && (latest === undefined || time > latest)) latest = time;
  };
  for (const record of progress.exercises) {
    see(record.draft?.savedAt);
    see(record.lastRunAt);
    see(record.passedAt);
  }
  for (const lesson of progress.lessons) see(lesson.completedAt);
  return latest;
}

/** Whether there is progress newer than the last backup file. */
export function needsBackup(progress: ProgressSet, backedUpAt: number | undefined): boolean {
  const changed = lastChangeAt(progress);
  return changed !== undefined && (backedUpAt === undefined || changed > backedUpAt);
}
