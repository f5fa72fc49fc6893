import type { DraftFile } from '../progress/types.ts';
import { saveFile } from '../components/save-file.ts';
import { siteEntries, siteName, type ReadmeText } from './site-files.ts';

/**
 * Zips the learner's files as a static site and saves `<name>.zip`. The zip library loads on the first
 * press only: the lesson page does not carry it.
 */
export async function downloadSite(lessonId: string, exerciseId: string, files: readonly DraftFile[], readme: ReadmeText): Promise<void> {
  const { zipSync, strToU8 } = await import('fflate');
  const name = siteName(lessonId, exerciseId);
  const mtime = new Date();
  const archive = zipSync(Object.fromEntries(siteEntries(name, files, readme).map((entry) => [entry.path, [strToU8(entry.content), { mtime }]])));
  saveFile(new Blob([archive as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${name}.zip`);
}
