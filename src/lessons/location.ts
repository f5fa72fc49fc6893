import { say } from './messages/index.ts';
import type { LessonIssue, LessonLocation } from './types.ts';

export const LESSON_FOLDER = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const TRACK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LOCALE_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/;

/**
 * Reads a lesson's place from its path relative to the lessons folder (`front-end/01-web/fr.md`).
 * `file` is the path shown in messages.
 */
export function lessonLocation(relative: string, file: string): LessonLocation | LessonIssue {
  const parts = relative.split('/');
  const fail = (message: string): LessonIssue => ({ file, line: 1, column: 1, message });
  if (parts.length !== 3) {
    return fail(say('place.depth'));
  }
  const [track = '', folder = '', name = ''] = parts;
  if (!TRACK_ID.test(track)) return fail(say('place.track', { track }));
  const folderMatch = LESSON_FOLDER.exec(folder);
  if (!folderMatch) {
    return fail(say('place.folder', { folder }));
  }
  const nameMatch = LOCALE_FILE.exec(name);
  if (!nameMatch) return fail(say('place.file', { name }));
  const slug = folderMatch[2] ?? '';
  return {
    id: `${track}/${slug}`,
    track,
    slug,
    order: Number(folderMatch[1]),
    locale: nameMatch[1] ?? '',
    file,
  };
}

export function isIssue(value: object): value is LessonIssue {
  return 'message' in value && 'line' in value;
}
