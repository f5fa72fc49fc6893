/**
 * Steps that upgrade stored records from one schema version to the next. `MIGRATIONS[n]` turns version `n`
 * into `n + 1`, one record at a time; a step leaves alone whatever it does not recognise, and the validation
 * that follows (`restore.ts`) sets such records aside. Steps never delete data: unknown fields are carried.
 */
import { isObject } from './guards.ts';
import { SCHEMA_VERSION } from './types.ts';

/** The kinds of stored record a step can change. */
export type RecordKind = 'profiles' | 'exercises' | 'lessons';

/** Upgrades one record of each kind by one version; kinds it leaves out are unchanged by it. */
export type MigrationStep = Partial<Record<RecordKind, (raw: unknown) => unknown>>;

/**
 * v0 → v1. Version 0 is the first draft of the format, kept as the worked example of a migration: an exercise
 * had a boolean `passed` instead of a status, and its draft was a `files` map (name → content) with `savedAt`.
 */
const v0ToV1: MigrationStep = {
  exercises(raw) {
    // Anything off the old shape is left as is: validation then quarantines it rather than half-reading it.
    if (!isObject(raw) || typeof raw.passed !== 'boolean') return raw;
    const { passed, files, savedAt, ...rest } = raw;
    const hasDraft = files !== undefined;
    if (hasDraft && (!isObject(files) || typeof savedAt !== 'number')) return raw;
    const attempts = typeof rest.attempts === 'number' ? rest.attempts : 0;
    return {
      ...rest,
      status: passed ? 'passed' : attempts > 0 || hasDraft ? 'attempted' : 'not-started',
      draft: isObject(files) ? { files: Object.entries(files).map(([name, content]) => ({ name, content })), savedAt } : undefined,
      previousDrafts: [],
    };
  },
};

/** One step per version below `SCHEMA_VERSION`. */
export const MIGRATIONS: readonly MigrationStep[] = [v0ToV1];

/** Brings one record from `fromVersion` up to `SCHEMA_VERSION`. May throw on hostile input; callers catch. */
export function migrate(kind: RecordKind, raw: unknown, fromVersion: number): unknown {
  let value = raw;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version]?.[kind];
    if (step) value = step(value);
  }
  return value;
}
