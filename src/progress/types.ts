/**
 * The shape of a learner's progress, described once. Everything here is plain data (JSON-safe), so the same
 * values live in IndexedDB, in memory and in export files. Times are milliseconds since the epoch (`Date.now()`).
 */
import type { Locale } from '../lessons/types.ts';

/**
 * Version of the data described in this file. Raise it with every change of shape, add the matching step to
 * `migrations.ts`; the IndexedDB version follows it (see `keys.ts`).
 */
export const SCHEMA_VERSION = 1;

/** Pictures a learner chooses from; the UI gives each its picture and colour. Never a photo, never free text. */
export const AVATARS = ['sun', 'moon', 'star', 'leaf', 'tree', 'flower', 'wave', 'mountain', 'bird', 'fish', 'cat', 'book'] as const;
export type Avatar = (typeof AVATARS)[number];

/** One learner on this device. No password, no email: a name and a picture are all we keep. */
export interface Profile {
  id: string;
  name: string;
  avatar: Avatar;
  /** The learner's UI language. */
  locale: Locale;
  /**
   * The language to show a lesson in when it does not exist in `locale` (and in the bilingual view); French when
   * absent, as in profiles made before it could be chosen.
   */
  secondLocale?: Locale;
  createdAt: number;
  /** When this profile was last exported to a file; drives the backup reminder. */
  backedUpAt?: number;
}

export const EXERCISE_STATUSES = ['not-started', 'attempted', 'passed'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/** One file of a learner's draft (the workspace's file tabs). */
export interface DraftFile {
  name: string;
  content: string;
}

/** The learner's files for one exercise, as saved at one moment. */
export interface Draft {
  files: DraftFile[];
  savedAt: number;
}

/** How many older drafts an exercise keeps for recovery (after a merge or a save from another tab). */
export const MAX_PREVIOUS_DRAFTS = 5;

/** A learner's progress on one exercise, keyed by `lessonId` + `exerciseId`. */
export interface ExerciseRecord {
  lessonId: string;
  exerciseId: string;
  status: ExerciseStatus;
  /** Runs of the exercise's tests, passed or not. */
  attempts: number;
  /** How many hints the learner has revealed. */
  hintsUsed: number;
  solutionRevealed: boolean;
  /** The current draft; `undefined` until the learner edits the starter files. */
  draft: Draft | undefined;
  /** Drafts that were replaced by a merge or by another tab, newest first, at most `MAX_PREVIOUS_DRAFTS`. */
  previousDrafts: Draft[];
  lastRunAt?: number;
  /** When the exercise first passed. */
  passedAt?: number;
}

/** A learner's progress on one lesson. */
export interface LessonRecord {
  lessonId: string;
  completedAt?: number;
}

/** All the progress of one profile. Arrays are sorted by id so equal sets compare equal. */
export interface ProgressSet {
  exercises: ExerciseRecord[];
  lessons: LessonRecord[];
}

export const THEMES = ['light', 'dark', 'contrast', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * After how many minutes without a keystroke or a click a shared device asks "Qui apprend ?" again (only
 * when it holds two or more learners), so the next person does not work in the last one's profile.
 */
export const IDLE_MINUTES = ['5', '10', '20', '30', '60'] as const;
export type IdleMinutes = (typeof IDLE_MINUTES)[number];

/**
 * Settings of the device, not of one learner: the profile picker needs a language and a readable size before
 * anyone is chosen. A profile's own `locale` takes over once it is active.
 */
export interface Settings {
  theme: Theme;
  textSize: TextSize;
  locale: Locale;
  idleMinutes: IdleMinutes;
}

/** Where a record that could not be read came from. */
export type QuarantineSource = 'profiles' | 'exercises' | 'lessons' | 'file';

/**
 * A record that could not be read, kept exactly as found so no data is ever thrown away: it goes into
 * export files, where a person (or a later version of the app) can recover it.
 */
export interface QuarantinedRecord {
  source: QuarantineSource;
  /** The profile it belonged to, when that much could be read. */
  profileId?: string;
  raw: unknown;
  /** Why it was set aside, in words for a developer (the learner sees a count and a translated note). */
  reason: string;
  at: number;
}

/** One profile with everything it owns: what an export file carries and an import brings in. */
export interface ProgressSnapshot {
  profile: Profile;
  progress: ProgressSet;
  quarantine: QuarantinedRecord[];
}

/**
 * Why data from storage or from a file was refused as a whole. Each code has a learner-facing message in
 * `locales/<lang>/progress.json` under `refusal.<code>`.
 */
export type RefusalReason = 'malformed' | 'not-ours' | 'future-version' | 'too-large' | 'invalid';

export type Refusal = { ok: false; reason: RefusalReason; detail: string };
