/**
 * Every name under which progress is stored or announced, in one place: renaming one of these strands the
 * learners' data, so they change only together with a migration.
 */
import { SCHEMA_VERSION } from './types.ts';

/** The IndexedDB database holding every profile on this device. */
export const DB_NAME = 'sirius-learn';

/**
 * The IndexedDB version follows the data schema: opening a newer version closes older tabs (their
 * `versionchange`), so an old copy of the app never writes old-shaped records after a migration, and an old
 * copy opening newer data fails to open instead of overwriting it.
 */
export const DB_VERSION = SCHEMA_VERSION;

/** Object store names. */
export const STORES = {
  /** Key: profile id. */
  profiles: 'profiles',
  /** Key path: `[profileId, lessonId, exerciseId]`. */
  exercises: 'exercises',
  /** Key path: `[profileId, lessonId]`. */
  lessons: 'lessons',
  /** Records that could not be read, kept for export. Auto-increment key. */
  quarantine: 'quarantine',
  /** Single values keyed by `META_KEYS`. */
  meta: 'meta',
} as const;

/** The index on `profileId` in the `exercises` and `lessons` stores. */
export const BY_PROFILE = 'by-profile';

/** Keys in the `meta` store. */
export const META_KEYS = {
  settings: 'settings',
  /**
   * The last learner, as versions before the per-session "Qui apprend ?" kept it (`visit.ts` replaced it).
   * Still cleared when that learner is deleted, so no stored record names a profile that is gone.
   */
  activeProfile: 'active-profile',
  /** The `SCHEMA_VERSION` the records were written with; older records are migrated on load. */
  dataVersion: 'data-version',
} as const;

/** The BroadcastChannel on which tabs of the app tell each other about saved progress. */
export const CHANNEL_NAME = 'sirius-learn:progress';

/**
 * Prefix of the `localStorage` keys (one per profile id) holding exercise records written but not yet
 * confirmed by IndexedDB (`unsaved-journal.ts`): what a page saved as it was being closed.
 */
export const UNSAVED_PREFIX = 'sirius-learn:unsaved:';

/** Prefix of the `localStorage` keys (one per profile id) of the class plans a learner joined (`src/class`). */
export const JOINED_PREFIX = 'sirius-learn:plans:';

/** Every `localStorage` key a profile owns is one of these followed by its id: deleting the profile removes them. */
export const PROFILE_KEY_PREFIXES = [UNSAVED_PREFIX, JOINED_PREFIX] as const;

/** The `app` and `kind` fields that mark an export file as ours. */
export const FILE_APP = 'sirius-learn';
export const FILE_KIND = 'progress';
/** Backup file names end with this, so learners recognise them among their downloads. */
export const FILE_EXTENSION = '.sirius.json';
/** The type of the `Blob` the export page downloads. */
export const FILE_MIME = 'application/json';

/**
 * The `sessionStorage` key of this browser session's learner and their last activity (`visit.ts`): a new
 * browser session, or a long pause, makes a shared device ask "Qui apprend ?" again.
 */
export const VISIT_KEY = 'sirius-learn:visit';
