/**
 * Reading a whole backup document (the parsed JSON of an export file) into a snapshot, record by record through
 * `restore.ts`. Only the backup page needs it: it stays out of the home page's download.
 */
import { FILE_APP, FILE_KIND } from './keys.ts';
import { isObject, oneOf } from './guards.ts';
import { mergeSets } from './merge.ts';
import { checkVersion, quarantined, restoreRecord } from './restore.ts';
import type { ExerciseRecord, LessonRecord, ProgressSnapshot, QuarantinedRecord, Refusal } from './types.ts';

function readQuarantined(raw: unknown, at: number, profileId: string): QuarantinedRecord {
  if (isObject(raw) && typeof raw.source === 'string' && typeof raw.reason === 'string' && 'raw' in raw) {
    const source = oneOf(raw.source, ['profiles', 'exercises', 'lessons', 'file'] as const, 'file');
    return quarantined(source, raw.raw, raw.reason, typeof raw.at === 'number' ? raw.at : at, profileId);
  }
  return quarantined('file', raw, 'unreadable quarantine entry', at, profileId);
}

/**
 * A document read successfully; `quarantined` counts the records it set aside (now in `snapshot.quarantine`).
 * `classes` is the file's class part as found: the class pages read it, knowing the curriculum.
 */
export type RestoredSnapshot = { ok: true; snapshot: ProgressSnapshot; quarantined: number; fromVersion: number; classes?: unknown };

/**
 * Reads a whole progress document (the parsed JSON of an export file): checks that it is ours and not from the
 * future, migrates it, validates every record. Unreadable records are quarantined, so one damaged exercise
 * never costs the learner the rest of the file.
 */
export function restoreSnapshot(raw: unknown, now: number): RestoredSnapshot | Refusal {
  if (!isObject(raw) || raw.app !== FILE_APP || raw.kind !== FILE_KIND) {
    return { ok: false, reason: 'not-ours', detail: 'missing app/kind header' };
  }
  const refusal = checkVersion(raw.version);
  if (refusal) return refusal;
  const version = raw.version as number;
  const profile = restoreRecord('profiles', raw.profile, version);
  if (!profile.ok) return { ok: false, reason: 'invalid', detail: `profile: ${profile.reason}` };
  const owner = profile.value.id;
  if (!Array.isArray(raw.exercises) || !Array.isArray(raw.lessons) || (raw.quarantine !== undefined && !Array.isArray(raw.quarantine))) {
    return { ok: false, reason: 'invalid', detail: 'exercises, lessons and quarantine must be lists' };
  }
  const quarantine = (raw.quarantine ?? []).map((entry: unknown) => readQuarantined(entry, now, owner));
  const before = quarantine.length;
  const exercises: ExerciseRecord[] = [];
  const lessons: LessonRecord[] = [];
  for (const item of raw.exercises) {
    const result = restoreRecord('exercises', item, version);
    if (result.ok) exercises.push(result.value);
    else quarantine.push(quarantined('file', item, `exercise: ${result.reason}`, now, owner));
  }
  for (const item of raw.lessons) {
    const result = restoreRecord('lessons', item, version);
    if (result.ok) lessons.push(result.value);
    else quarantine.push(quarantined('file', item, `lesson: ${result.reason}`, now, owner));
  }
  return {
    ok: true,
    // Merging folds duplicate records of one exercise together instead of letting the last one win.
    snapshot: { profile: profile.value, progress: mergeSets({ exercises, lessons }), quarantine },
    quarantined: quarantine.length - before,
    fromVersion: version,
    ...(raw.classes === undefined ? {} : { classes: raw.classes }),
  };
}
