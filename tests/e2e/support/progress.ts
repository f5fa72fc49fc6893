/**
 * Shared steps of the progress tests: passing an exercise, typing a draft, exporting and importing backup
 * files through the Backup page, and reading the raw IndexedDB contents to compare before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { exercisesOf } from '../../../src/lessons/exercises-of.ts';
import { readLessonTree } from '../../../src/lessons/tree.ts';
import type { ParsedExercise } from '../../../src/lessons/types.ts';
import { openApp } from './app.ts';
import { lessonsRoot } from './browser.ts';

const tree = readLessonTree(lessonsRoot());
export const { catalog } = tree;
export const LESSON = 'front-end/first-page';
/** How many exercises the lesson has (quizzes included), as the track page counts them. */
export const LESSON_EXERCISES = catalog.tracks.flatMap((track) => track.lessons).find((lesson) => lesson.id === LESSON)!.exercises.length;
const lesson = tree.lessons.find((candidate) => candidate.id === LESSON && candidate.locale === 'fr')!;
const exercises = exercisesOf(lesson);
export const exercise = (id: string): ParsedExercise => exercises.find((candidate) => candidate.id === id)!;
export const solution = (id: string): string => exercise(id).solution[0]!.content;

export const section = (page: Page, exerciseId: string) => page.locator(`#exercise-${exerciseId}`);
export const editorOf = (page: Page, exerciseId: string) => section(page, exerciseId).locator('.cm-content');
export const lessonUrl = (appUrl: string, exerciseId: string) => `${appUrl}#/lesson/${LESSON}/${exerciseId}`;

/** A new device: opens the app at `hash` and answers the first-visit language question in French. */
export const firstVisit = (page: Page, appUrl: string, hash = '#/') => openApp(page, `${appUrl}${hash}`, 'fr');

/** Opens the exercise (if not already there) and waits for its editor. */
export async function openExercise(page: Page, appUrl: string, exerciseId: string): Promise<void> {
  if (!page.url().endsWith(`#/lesson/${LESSON}/${exerciseId}`)) await page.goto(lessonUrl(appUrl, exerciseId));
  await editorOf(page, exerciseId).waitFor();
}

/** Replaces the exercise's code with `text`, as a learner would type it. */
export async function typeCode(page: Page, exerciseId: string, text: string): Promise<void> {
  await editorOf(page, exerciseId).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/** Types the solution, runs the tests, and waits until the pass is on screen and stored. */
export async function passExercise(page: Page, appUrl: string, exerciseId: string): Promise<void> {
  await openExercise(page, appUrl, exerciseId);
  await typeCode(page, exerciseId, solution(exerciseId));
  await section(page, exerciseId).getByRole('button', { name: 'Lancer les tests' }).click();
  await section(page, exerciseId).getByText('Exercice réussi.').waitFor();
  await expectStored(page, (db) => db.exercises.some((r) => r.exerciseId === exerciseId && r.status === 'passed'));
}

/** The editor's text (CodeMirror renders lines as divs: join them back). */
export const editorText = (page: Page, exerciseId: string) =>
  editorOf(page, exerciseId).evaluate((element) => [...element.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));

export interface StoredDraft {
  files: { name: string; content: string }[];
  savedAt: number;
}
export interface StoredExercise {
  profileId: string;
  lessonId: string;
  exerciseId: string;
  status: string;
  draft?: StoredDraft;
  previousDrafts: StoredDraft[];
}
export interface Dump {
  profiles: { id: string; name: string; locale: string }[];
  exercises: StoredExercise[];
  lessons: { profileId: string; lessonId: string; completedAt?: number }[];
  quarantine: unknown[];
  meta: [string, unknown][];
}

/** Every record of the app's IndexedDB database, read in the page, in key order. */
export async function readDb(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sirius-learn');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (name: string, keys = false) =>
      new Promise<unknown[]>((resolve, reject) => {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const request = keys ? store.getAllKeys() : store.getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const result: Record<string, unknown> = {};
    for (const name of ['profiles', 'exercises', 'lessons', 'quarantine']) result[name] = await all(name);
    const metaKeys = await all('meta', true);
    const metaValues = await all('meta');
    result.meta = metaKeys.map((key, i) => [key, metaValues[i]]);
    db.close();
    return result as unknown as Dump;
  });
}

/** Waits until the stored records satisfy `check` (writes are asynchronous). */
export async function expectStored(page: Page, check: (db: Dump) => boolean, timeout = 10_000): Promise<Dump> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const db = await readDb(page);
    if (check(db)) return db;
    if (Date.now() > deadline) throw new Error(`stored progress never matched:\n${JSON.stringify(db, null, 1).slice(0, 4000)}`);
    await page.waitForTimeout(50);
  }
}

export const draftText = (record: StoredExercise | undefined) => record?.draft?.files[0]?.content;
export const findExercise = (db: Dump, exerciseId: string, profileId?: string) =>
  db.exercises.find((r) => r.exerciseId === exerciseId && (profileId === undefined || r.profileId === profileId));

/** Exports the active learner's progress with the Backup page's button; returns the saved file's path and text. */
export async function exportProgress(page: Page, appUrl: string, folder: string, name: string): Promise<{ path: string; text: string; fileName: string }> {
  await freshBackupPage(page, appUrl);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer ma progression' }).click(),
  ]);
  const path = join(folder, name);
  await download.saveAs(path);
  await page.getByText('Ta progression est enregistrée dans le fichier téléchargé.').waitFor();
  return { path, text: readFileSync(path, 'utf8'), fileName: download.suggestedFilename() };
}

/** Opens the Backup page anew, so a message left by an earlier export or import is not taken for the next one's. */
async function freshBackupPage(page: Page, appUrl: string): Promise<void> {
  if (page.url().endsWith('#/backup')) {
    await page.goto(`${appUrl}#/`);
    await page.locator('.track-card').first().waitFor();
  }
  await page.goto(`${appUrl}#/backup`);
  await page.getByRole('heading', { level: 1, name: 'Sauvegarde' }).waitFor();
}

export type Upload = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * Picks `file` on the Backup page and imports it: into `target` (a radio's label, such as "Ajouter Amina sur
 * cet ordinateur"; by default the page's own choice, the matching learner), merged or replaced (`replace`
 * confirms the dialog). Resolves with the message the page shows, and whether it is an error (a refused file
 * is refused as soon as it is picked).
 */
export async function importProgress(
  page: Page,
  appUrl: string,
  file: Upload,
  mode: 'merge' | 'replace' = 'merge',
  target?: string,
): Promise<{ error: boolean; text: string }> {
  await freshBackupPage(page, appUrl);
  await page.locator('#backup-file').setInputFiles(file);
  const message = page.locator('main [aria-live] .notice');
  const submit = page.getByRole('button', { name: 'Reprendre une sauvegarde' });
  await message.or(submit).first().waitFor();
  if (!(await message.isVisible())) {
    if (target) await page.getByRole('radio', { name: target }).check();
    const modes = page.getByRole('group', { name: 'Que faire avec cette sauvegarde ?' });
    if (await modes.isVisible()) {
      await modes.getByRole('radio', { name: mode === 'merge' ? 'Ajouter à la progression du profil' : 'Remplacer la progression du profil' }).check();
    }
    await submit.click();
    if (mode === 'replace') await page.getByRole('dialog').getByRole('button', { name: 'Remplacer la progression du profil' }).click();
    await message.waitFor();
  }
  return { error: await message.evaluate((element) => element.classList.contains('error')), text: (await message.textContent())!.trim() };
}
