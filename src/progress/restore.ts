/**
 * The only way into typed progress: whatever comes from IndexedDB or from a file is `unknown` until it passes
 * here (a whole backup document through `restore-file.ts`, which builds on these readers). Old versions are
 * migrated, bad records are quarantined (kept raw, reported) rather than dropped. Nothing here throws on bad data.
 */
import { array, checked, count, flag, id, Invalid, isObject, object, oneOf, text, time, type Checked } from './guards.ts';
import { mergeExercise } from './merge.ts';
import { migrate, type RecordKind } from './migrations.ts';
import type { Locale } from '../lessons/types.ts';
import {
  AVATARS,
  EXERCISE_STATUSES,
  IDLE_MINUTES,
  SCHEMA_VERSION,
  TEXT_SIZES,
  THEMES,
  type Draft,
  type ExerciseRecord,
  type LessonRecord,
  type Profile,
  type QuarantinedRecord,
  type QuarantineSource,
  type Refusal,
  type Settings,
} from './types.ts';

/** The longest profile name we keep: enough for a full name, short enough for a picker tile. */
export const MAX_NAME_LENGTH = 60;

function readDraft(raw: unknown, field: string): Draft {
  const draft = object(raw, field);
  const files = array(draft.files, `${field}.files`).map((file, index) => {
    const f = object(file, `${field}.files[${index}]`);
    return { name: text(f.name, `${field}.files[${index}].name`, { min: 1, max: 200 }), content: text(f.content, `${field}.files[${index}].content`, { max: 1_000_000 }) };
  });
  const savedAt = time(draft.savedAt, `${field}.savedAt`);
  if (savedAt === undefined) throw new Invalid(`${field}.savedAt: missing`);
  return { files, savedAt };
}

function readExercise(raw: unknown): ExerciseRecord {
  const r = object(raw, 'exercise');
  const status = r.status;
  if (!EXERCISE_STATUSES.includes(status as ExerciseRecord['status'])) throw new Invalid('status: unknown');
  const record: ExerciseRecord = {
    lessonId: id(r.lessonId, 'lessonId'),
    exerciseId: id(r.exerciseId, 'exerciseId'),
    status: status as ExerciseRecord['status'],
    attempts: count(r.attempts, 'attempts'),
    hintsUsed: count(r.hintsUsed, 'hintsUsed'),
    solutionRevealed: flag(r.solutionRevealed, 'solutionRevealed'),
    draft: r.draft === undefined || r.draft === null ? undefined : readDraft(r.draft, 'draft'),
    previousDrafts: array(r.previousDrafts, 'previousDrafts', []).map((d, i) => readDraft(d, `previousDrafts[${i}]`)),
  };
  const lastRunAt = time(r.lastRunAt, 'lastRunAt');
  if (lastRunAt !== undefined) record.lastRunAt = lastRunAt;
  const passedAt = time(r.passedAt, 'passedAt');
  if (passedAt !== undefined) record.passedAt = passedAt;
  // Merging a record with itself applies the invariants (newest draft current, bounded distinct history).
  return mergeExercise(record, record);
}

function readLesson(raw: unknown): LessonRecord {
  const r = object(raw, 'lesson');
  const lessonId = id(r.lessonId, 'lessonId');
  const completedAt = time(r.completedAt, 'completedAt');
  return completedAt === undefined ? { lessonId } : { lessonId, completedAt };
}

/** A stored language tag, or `undefined` for anything else (a BCP 47 tag is at most 35 characters). */
const localeTag = (value: unknown): Locale | undefined => (typeof value === 'string' && value.length > 0 && value.length <= 35 ? value : undefined);

function readProfile(raw: unknown): Profile {
  const r = object(raw, 'profile');
  const createdAt = time(r.createdAt, 'createdAt');
  const profile: Profile = {
    id: id(r.id, 'id'),
    name: text(r.name, 'name', { min: 1, max: MAX_NAME_LENGTH }),
    // A picture is cosmetic: a strange one becomes the first, rather than costing the learner their profile.
    avatar: oneOf(r.avatar, AVATARS, AVATARS[0]),
    locale: localeTag(r.locale) ?? 'fr',
    createdAt: createdAt ?? 0,
  };
  // A strange second language is dropped: the lessons then fall back to French, as before it could be chosen.
  const secondLocale = localeTag(r.secondLocale);
  if (secondLocale) profile.secondLocale = secondLocale;
  const backedUpAt = time(r.backedUpAt, 'backedUpAt');
  if (backedUpAt !== undefined) profile.backedUpAt = backedUpAt;
  return profile;
}

const readers = { exercises: readExercise, lessons: readLesson, profiles: readProfile } as const;

/** Migrates one stored record of `kind` from `version`, then validates it. */
export function restoreRecord(kind: 'exercises', raw: unknown, version: number): Checked<ExerciseRecord>;
export function restoreRecord(kind: 'lessons', raw: unknown, version: number): Checked<LessonRecord>;
export function restoreRecord(kind: 'profiles', raw: unknown, version: number): Checked<Profile>;
export function restoreRecord(kind: RecordKind, raw: unknown, version: number): Checked<ExerciseRecord | LessonRecord | Profile>;
export function restoreRecord(kind: RecordKind, raw: unknown, version: number): Checked<ExerciseRecord | LessonRecord | Profile> {
  return checked(() => readers[kind](migrate(kind, raw, version)));
}

/** Device settings: never refused, since a wrong theme is no loss; anything unreadable takes its default. */
export function restoreSettings(raw: unknown, defaults: Settings): Settings {
  const r = isObject(raw) ? raw : {};
  return {
    theme: oneOf(r.theme, THEMES, defaults.theme),
    textSize: oneOf(r.textSize, TEXT_SIZES, defaults.textSize),
    locale: localeTag(r.locale) ?? defaults.locale,
    idleMinutes: oneOf(r.idleMinutes, IDLE_MINUTES, defaults.idleMinutes),
  };
}

/** A refusal when `version` is not a data version this build can read, otherwise `undefined`. */
export function checkVersion(version: unknown): Refusal | undefined {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return { ok: false, reason: 'invalid', detail: `version: ${String(version)}` };
  }
  if (version > SCHEMA_VERSION) {
    return { ok: false, reason: 'future-version', detail: `version ${version} is newer than ${SCHEMA_VERSION}` };
  }
  return undefined;
}

/** Builds the quarantine entry for a record that failed `reason`. */
export function quarantined(source: QuarantineSource, raw: unknown, reason: string, at: number, profileId?: string): QuarantinedRecord {
  return profileId === undefined ? { source, raw, reason, at } : { source, profileId, raw, reason, at };
}
