/**
 * A help request: one exercise and the learner's files at that moment, sent to someone who can help, and the
 * same shape for the answer they send back. This module is the only reader of its data (the codec's
 * `ShareSchema`), the style every kind follows: guards from progress/guards.ts, which throw `Invalid`.
 */
import { array, flag, Invalid, object, text } from '../progress/guards.ts';
import { MAX_NAME_LENGTH } from '../progress/restore.ts';
import type { DraftFile } from '../progress/types.ts';
import type { ShareSchema } from './link-codec.ts';

export interface HelpRequest {
  /** `track/lesson`, as in routes and progress. */
  lesson: string;
  exercise: string;
  files: DraftFile[];
  /** The sender's name, shown as plain text only; may be empty. */
  from: string;
  /** What the sender asks or explains; may be empty. */
  note: string;
  /** Sent back by the helper (an answer) rather than by the learner who asks. */
  reply: boolean;
}

export const MAX_HELP_FILES = 20;
export const MAX_HELP_FILE_CHARS = 200_000;
export const MAX_HELP_NOTE = 1_000;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const LESSON_ID = new RegExp(`^${SLUG}/${SLUG}$`);
const EXERCISE_ID = new RegExp(`^${SLUG}$`);
/** A file name as lessons write them (`index.html`, `src/app.js`): no control characters, no way up. */
const FILE_NAME = /^(?!.*\.\.)[\p{L}\p{N}._ /-]{1,200}$/u;

function matching(value: unknown, field: string, pattern: RegExp, max: number): string {
  const checkedText = text(value, field, { min: 1, max });
  if (!pattern.test(checkedText)) throw new Invalid(`${field}: unexpected characters`);
  return checkedText;
}

function readFiles(raw: unknown): DraftFile[] {
  const files = array(raw, 'files');
  if (files.length === 0 || files.length > MAX_HELP_FILES) throw new Invalid(`files: 1–${MAX_HELP_FILES} expected`);
  const read = files.map((file, index) => {
    const f = object(file, `files[${index}]`);
    return { name: matching(f.name, `files[${index}].name`, FILE_NAME, 200), content: text(f.content, `files[${index}].content`, { max: MAX_HELP_FILE_CHARS }) };
  });
  if (new Set(read.map((file) => file.name)).size !== read.length) throw new Invalid('files: the same name twice');
  return read;
}

/** The codec's schema for help links and files. */
export const HELP_SCHEMA: ShareSchema<'help', HelpRequest> = {
  kind: 'help',
  version: 1,
  read(data) {
    const d = object(data, 'help');
    return {
      lesson: matching(d.lesson, 'lesson', LESSON_ID, 200),
      exercise: matching(d.exercise, 'exercise', EXERCISE_ID, 200),
      files: readFiles(d.files),
      from: text(d.from ?? '', 'from', { max: MAX_NAME_LENGTH }),
      note: text(d.note ?? '', 'note', { max: MAX_HELP_NOTE }),
      reply: flag(d.reply, 'reply'),
    };
  },
};
