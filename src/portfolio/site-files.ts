/**
 * What "Download my site" puts in the archive: the learner's files as a static site, in one folder, with a
 * short read-me on how to put it online. Pure; `download-site.ts` zips and saves it.
 *
 * The files keep their names, so `<link href="style.css">` and `<script src="script.js">` find them from disk
 * as the preview finds them. Lesson images travel inside the files as `data:` URLs (the sandbox loads nothing
 * else), so they come along as they are and show the same from disk.
 */
import type { DraftFile } from '../progress/types.ts';

export interface SiteEntry {
  /** Path inside the archive, `folder/name`. */
  path: string;
  content: string;
}

export const README_NAME = 'LISEZ-MOI.txt';

/** The read-me's lines, translated; `steps` in the order a learner follows them. */
export interface ReadmeText {
  title: string;
  steps: string[];
}

/** A file or folder name made of safe characters only: the archive opens the same on Windows, macOS and phones. */
export function safeName(text: string): string {
  const name = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  return name || 'site';
}

/** The archive's folder (and file) name: `<lesson>-<exercise>`, e.g. `first-page-say-hello`. */
export function siteName(lessonId: string, exerciseId: string): string {
  return safeName(`${lessonId.split('/').pop() ?? lessonId}-${exerciseId}`);
}

/**
 * The archive's entries: every learner file under `folder/`, then the read-me. Windows line ends and a byte
 * order mark let the oldest Notepad show the read-me in any script.
 */
export function siteEntries(folder: string, files: readonly DraftFile[], readme: ReadmeText): SiteEntry[] {
  const root = safeName(folder);
  const entries = files.map((file) => ({ path: `${root}/${safeName(file.name)}`, content: file.content }));
  const text = [readme.title, '', ...readme.steps.flatMap((step, index) => [`${index + 1}. ${step}`, ''])].join('\r\n');
  return [...entries, { path: `${root}/${README_NAME}`, content: `\ufeff${text}` }];
}
