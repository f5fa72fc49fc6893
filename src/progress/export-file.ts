/**
 * The backup file: one profile's progress as JSON behind a header that says whose format it is and which
 * version, so a file from another app or a newer version is recognised and refused instead of misread.
 */
import { FILE_APP, FILE_EXTENSION, FILE_KIND } from './keys.ts';
import { restoreSnapshot, type RestoredSnapshot } from './restore-file.ts';
import { SCHEMA_VERSION, type ProgressSnapshot, type Refusal } from './types.ts';

/** The largest file we read: a whole curriculum of drafts is far below; anything bigger is not a backup. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The JSON written to a backup file. */
export interface ProgressFile {
  app: typeof FILE_APP;
  kind: typeof FILE_KIND;
  version: number;
  exportedAt: number;
  profile: ProgressSnapshot['profile'];
  exercises: ProgressSnapshot['progress']['exercises'];
  lessons: ProgressSnapshot['progress']['lessons'];
  quarantine: ProgressSnapshot['quarantine'];
  /** The learner's classes (`src/class/backup.ts`), versioned on their own; absent from files made before. */
  classes?: unknown;
}

/** The text of a backup file for `snapshot`, with the learner's `classes` when there are any. */
export function serializeProgress(snapshot: ProgressSnapshot, exportedAt: number, classes?: unknown): string {
  const file: ProgressFile = {
    app: FILE_APP,
    kind: FILE_KIND,
    version: SCHEMA_VERSION,
    exportedAt,
    profile: snapshot.profile,
    exercises: snapshot.progress.exercises,
    lessons: snapshot.progress.lessons,
    quarantine: snapshot.quarantine,
  };
  if (classes !== undefined) file.classes = classes;
  return JSON.stringify(file, null, 1);
}

/** A file name that sorts by date and says whose progress it is: `sirius-amina-2026-05-02.sirius.json`. */
export function exportFileName(profileName: string, exportedAt: number): string {
  const slug = profileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const date = new Date(exportedAt).toISOString().slice(0, 10);
  return `sirius-${slug || 'progress'}-${date}${FILE_EXTENSION}`;
}

const tooLarge = (bytes: number): Refusal => ({ ok: false, reason: 'too-large', detail: `${bytes} bytes > ${MAX_FILE_BYTES}` });

/**
 * Reads the text of an imported file: size first (before parsing, so a huge file costs nothing), then JSON,
 * then `restoreSnapshot`. Returns the snapshot or a refusal; never throws.
 */
export function parseProgressFile(text: string, now: number): RestoredSnapshot | Refusal {
  // Each UTF-16 unit takes 1 to 3 bytes in UTF-8: a long string is surely too large, a short one surely not,
  // and only texts in between pay for an exact count.
  if (text.length > MAX_FILE_BYTES) return tooLarge(text.length);
  if (text.length * 3 > MAX_FILE_BYTES) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_FILE_BYTES) return tooLarge(bytes);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
  return restoreSnapshot(json, now);
}

/** Reads a file the learner picked or dropped, refusing an oversized one before loading it into memory. */
export async function readProgressFile(file: Blob, now: number): Promise<RestoredSnapshot | Refusal> {
  if (file.size > MAX_FILE_BYTES) return tooLarge(file.size);
  try {
    return parseProgressFile(await file.text(), now);
  } catch (error) {
    return { ok: false, reason: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
}
