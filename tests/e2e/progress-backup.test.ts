/**
 * Backup files through the Backup page, as a learner uses them: export on one browser profile, import on a
 * fresh one; merge two learners' diverging files; and refuse every bad file without touching anything.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import {
  catalog,
  draftText,
  editorText,
  expectStored,
  exportProgress,
  findExercise,
  firstVisit,
  importProgress,
  LESSON,
  openExercise,
  passExercise,
  readDb,
  section,
  solution,
  typeCode,
} from './support/progress.ts';

const appUrl = inject('appUrl');
const REFUSED = {
  malformed: "Ce fichier est abîmé : il ne peut pas être lu. Ta progression n'a pas changé.",
  notOurs: "Ce fichier ne vient pas de Sirius Learn. Choisis un fichier de sauvegarde Sirius (nom en .sirius.json). Ta progression n'a pas changé.",
  future: "Ce fichier vient d'une version plus récente de Sirius Learn. Mets l'application à jour (recharge la page), puis réessaie. Ta progression n'a pas changé.",
  tooLarge: "Ce fichier est trop gros pour être une sauvegarde (plus de 5 Mo). Ta progression n'a pas changé.",
};

interface BackupFile {
  app: string;
  version: number;
  profile: { id: string; name: string };
  exercises: { exerciseId: string; status: string; draft?: { files: { content: string }[] }; previousDrafts: { files: { content: string }[] }[] }[];
  lessons: unknown[];
  quarantine: unknown[];
}
const parse = (text: string) => JSON.parse(text) as BackupFile;
const catalogLesson = catalog.tracks.flatMap((track) => track.lessons).find((lesson) => lesson.id === LESSON)!;

describe('backup files', () => {
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    browser = await launch();
    folder = mkdtempSync(join(tmpdir(), 'sirius-backup-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
    const { page } = await openPage(context);
    await firstVisit(page, appUrl);
    return page;
  }

  test('export → replace-import on a fresh browser profile round-trips exactly', async () => {
    const home = await freshPage();
    await passExercise(home, appUrl, 'bakery-title');
    await typeCode(home, 'opening-hours', '<p>Draft from home</p>');
    await expectStored(home, (db) => draftText(findExercise(db, 'opening-hours')) === '<p>Draft from home</p>');
    const exported = await exportProgress(home, appUrl, folder, 'home.sirius.json');
    expect(exported.fileName).toMatch(/^sirius-moi-\d{4}-\d{2}-\d{2}\.sirius\.json$/);
    const original = parse(exported.text);
    expect(original.exercises.map((r) => [r.exerciseId, r.status])).toEqual([
      ['bakery-title', 'passed'],
      ['opening-hours', 'attempted'],
    ]);

    const school = await freshPage();
    const outcome = await importProgress(school, appUrl, exported.path, 'replace');
    expect(outcome).toEqual({ error: false, text: 'Sauvegarde reprise.' });
    // Shown: the pass and the draft.
    await openExercise(school, appUrl, 'opening-hours');
    await expect.poll(() => editorText(school, 'opening-hours')).toBe('<p>Draft from home</p>');
    await section(school, 'bakery-title').getByText('Exercice réussi.').waitFor();
    // Stored: exactly the records of the file (the profile keeps this device's id; its progress is the file's).
    const again = parse((await exportProgress(school, appUrl, folder, 'school.sirius.json')).text);
    expect(again.exercises).toEqual(original.exercises);
    expect(again.lessons).toEqual(original.lessons);
    expect(again.quarantine).toEqual(original.quarantine);
    await home.context().close();
    await school.context().close();
  });

  test('merging two diverging exports keeps every pass and both drafts', async () => {
    // Amina at school passed bakery-title; at home she passed opening-hours and rewrote bakery-title.
    const school = await freshPage();
    await passExercise(school, appUrl, 'bakery-title');
    const schoolFile = await exportProgress(school, appUrl, folder, 'school-a.sirius.json');
    const home = await freshPage();
    await passExercise(home, appUrl, 'opening-hours');
    await openExercise(home, appUrl, 'bakery-title');
    await typeCode(home, 'bakery-title', '<h1>Version de la maison</h1>');
    await expectStored(home, (db) => draftText(findExercise(db, 'bakery-title')) === '<h1>Version de la maison</h1>');
    const homeFile = await exportProgress(home, appUrl, folder, 'home-a.sirius.json');

    const laptop = await freshPage();
    expect((await importProgress(laptop, appUrl, schoolFile.path)).error).toBe(false);
    expect((await importProgress(laptop, appUrl, homeFile.path)).error).toBe(false);
    const db = await readDb(laptop);
    const bakery = findExercise(db, 'bakery-title')!;
    expect(bakery.status).toBe('passed');
    expect(draftText(bakery)).toBe('<h1>Version de la maison</h1>');
    expect(bakery.previousDrafts.map((draft) => draft.files[0]?.content)).toEqual([solution('bakery-title')]);
    expect(findExercise(db, 'opening-hours')?.status).toBe('passed');

    await openExercise(laptop, appUrl, 'bakery-title');
    await expect.poll(() => editorText(laptop, 'bakery-title')).toBe('<h1>Version de la maison</h1>');
    await section(laptop, 'bakery-title').getByText('Exercice réussi.').waitFor();
    await laptop.goto(`${appUrl}#/track/front-end`);
    await laptop.getByText(`Commencé : 2 sur ${catalogLesson.exercises.length}`).waitFor();
    for (const page of [school, home, laptop]) await page.context().close();
  });

  test('each bad file is refused with its message, and the stored progress is byte-identical after', async () => {
    const page = await freshPage();
    await passExercise(page, appUrl, 'bakery-title');
    const good = await exportProgress(page, appUrl, folder, 'good.sirius.json');
    const before = JSON.stringify(await readDb(page));
    expect(before).toContain('"status":"passed"');

    const future = { ...parse(good.text), version: 99 };
    const files = [
      { name: 'broken.sirius.json', content: good.text.slice(0, good.text.length / 2), message: REFUSED.malformed, mode: 'merge' },
      { name: 'package.json', content: JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: {} }), message: REFUSED.notOurs, mode: 'merge' },
      { name: 'future.sirius.json', content: JSON.stringify(future), message: REFUSED.future, mode: 'replace' },
    ] as const;
    for (const file of files) {
      writeFileSync(join(folder, file.name), file.content);
      const outcome = await importProgress(page, appUrl, join(folder, file.name), file.mode);
      expect(outcome, file.name).toEqual({ error: true, text: file.message });
      expect(JSON.stringify(await readDb(page)), file.name).toBe(before);
    }
    // 50 MB: a valid file's start, padded with spaces, so only its size is wrong.
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x20);
    huge.write(readFileSync(good.path, 'utf8').slice(0, -2));
    writeFileSync(join(folder, 'huge.sirius.json'), huge);
    const outcome = await importProgress(page, appUrl, join(folder, 'huge.sirius.json'), 'replace');
    expect(outcome).toEqual({ error: true, text: REFUSED.tooLarge });
    expect(JSON.stringify(await readDb(page))).toBe(before);

    // Still the learner's progress on screen.
    await page.goto(`${appUrl}#/lesson/${LESSON}/bakery-title`);
    await section(page, 'bakery-title').getByText('Exercice réussi.').waitFor();
    await page.context().close();
  });
});
