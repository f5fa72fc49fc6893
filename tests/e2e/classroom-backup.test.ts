/**
 * Class ⇄ home with backup files that name their learner: Amina's file, imported on a computer that has
 * Yonas, adds Amina (with her work) and leaves Yonas untouched; a later file merged into her profile keeps
 * both versions of a draft written on both sides, and the older one can be brought back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { violations as axeViolations } from './support/axe.ts';
import { launch, openPage } from './support/browser.ts';
import {
  draftText,
  editorText,
  expectStored,
  exportProgress,
  findExercise,
  firstVisit,
  importProgress,
  openExercise,
  passExercise,
  readDb,
  section,
  typeCode,
} from './support/progress.ts';

const appUrl = inject('appUrl');
const SCHOOL_DRAFT = '<p>Écrit en classe</p>';
const SCHOOL_LATER = '<p>Écrit en classe, plus tard</p>';
const HOME_DRAFT = '<p>Écrit à la maison</p>';
const YONAS_DRAFT = '<p>Le travail de Yonas</p>';

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'sirius-class-home-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A new browser whose one learner is called `name`. */
async function computerOf(name: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  const { page } = await openPage(context);
  await firstVisit(page, appUrl, '#/profiles');
  await page.getByRole('button', { name: 'Changer mon nom ou mon image' }).click();
  await page.getByLabel('Ton prénom ou un surnom').fill(name);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('banner').getByRole('link', { name: new RegExp(name) }).waitFor();
  return page;
}

const rowsOf = (db: Awaited<ReturnType<typeof readDb>>, profileId: string) => JSON.stringify(db.exercises.filter((record) => record.profileId === profileId));

test('"Ajouter Amina" creates her profile with her work; a merge keeps both drafts and restores the older', async () => {
  const school = await computerOf('Amina');
  await passExercise(school, appUrl, 'bakery-title');
  await typeCode(school, 'opening-hours', SCHOOL_DRAFT);
  await expectStored(school, (db) => draftText(findExercise(db, 'opening-hours')) === SCHOOL_DRAFT);
  const first = await exportProgress(school, appUrl, folder, 'amina-1.sirius.json');
  expect(first.fileName).toMatch(/^sirius-amina-/);

  const home = await computerOf('Yonas');
  await openExercise(home, appUrl, 'opening-hours');
  await typeCode(home, 'opening-hours', YONAS_DRAFT);
  await expectStored(home, (db) => draftText(findExercise(db, 'opening-hours')) === YONAS_DRAFT);
  const yonas = (await readDb(home)).profiles[0]!;
  const yonasBefore = rowsOf(await readDb(home), yonas.id);

  // The page names the file's learner and, with no Amina here, proposes to add her.
  await home.goto(`${appUrl}#/backup`);
  await home.locator('#backup-file').setInputFiles(first.path);
  await home.getByText('Cette sauvegarde est celle de Amina.').waitFor();
  expect(await home.getByRole('radio', { name: 'Ajouter Amina sur cet ordinateur' }).isChecked()).toBe(true);
  await home.getByRole('radio', { name: 'Mettre dans le profil de Yonas' }).waitFor();
  expect(await axeViolations(home)).toEqual([]);
  expect(await importProgress(home, appUrl, first.path)).toEqual({ error: false, text: 'Le profil de Amina est ajouté sur cet ordinateur.' });

  let db = await readDb(home);
  const amina = db.profiles.find((profile) => profile.name === 'Amina')!;
  expect(db.profiles.map((profile) => profile.name).sort()).toEqual(['Amina', 'Yonas']);
  expect(findExercise(db, 'bakery-title', amina.id)?.status).toBe('passed');
  expect(draftText(findExercise(db, 'opening-hours', amina.id))).toBe(SCHOOL_DRAFT);
  expect(rowsOf(db, yonas.id)).toBe(yonasBefore);
  // Yonas is still the one learning here, with his own work.
  await home.getByRole('banner').getByRole('link', { name: /Yonas/ }).waitFor();

  // At school Amina writes on; at home, later, she writes something else in her own profile.
  await openExercise(school, appUrl, 'opening-hours');
  await typeCode(school, 'opening-hours', SCHOOL_LATER);
  await expectStored(school, (stored) => draftText(findExercise(stored, 'opening-hours')) === SCHOOL_LATER);
  const second = await exportProgress(school, appUrl, folder, 'amina-2.sirius.json');
  await home.goto(`${appUrl}#/profiles`);
  await home.getByRole('button', { name: /^Amina/ }).click();
  await home.getByRole('banner').getByRole('link', { name: /Amina/ }).waitFor();
  await openExercise(home, appUrl, 'opening-hours');
  await expect.poll(() => editorText(home, 'opening-hours')).toBe(SCHOOL_DRAFT);
  await typeCode(home, 'opening-hours', HOME_DRAFT);
  await expectStored(home, (stored) => draftText(findExercise(stored, 'opening-hours', amina.id)) === HOME_DRAFT);

  // Merged into her profile (the page's own choice: the matching learner): the newest draft is current,
  // the other one is kept, and both are on screen.
  await home.goto(`${appUrl}#/backup`);
  await home.locator('#backup-file').setInputFiles(second.path);
  expect(await home.getByRole('radio', { name: 'Mettre dans le profil de Amina' }).isChecked()).toBe(true);
  expect(await importProgress(home, appUrl, second.path)).toEqual({ error: false, text: 'Sauvegarde reprise.' });
  await openExercise(home, appUrl, 'opening-hours');
  await expect.poll(() => editorText(home, 'opening-hours')).toBe(HOME_DRAFT);
  const exercise = section(home, 'opening-hours');
  await exercise.locator('.draft-versions summary').click();
  const versions = exercise.locator('.draft-versions li');
  const older = versions.filter({ hasText: SCHOOL_LATER });
  await older.waitFor();
  expect(await axeViolations(home)).toEqual([]);

  await older.getByRole('button', { name: 'Reprendre cette version' }).click();
  await expect.poll(() => editorText(home, 'opening-hours')).toBe(SCHOOL_LATER);
  await exercise.getByText('Version reprise.').waitFor();
  await versions.filter({ hasText: HOME_DRAFT }).waitFor();
  expect(await home.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  db = await expectStored(home, (stored) => draftText(findExercise(stored, 'opening-hours', amina.id)) === SCHOOL_LATER);
  expect(findExercise(db, 'opening-hours', amina.id)?.previousDrafts.map((draft) => draft.files[0]?.content)).toContain(HOME_DRAFT);
  expect(rowsOf(db, yonas.id)).toBe(yonasBefore);

  // After a reload the restored version is the one in the editor.
  await home.reload();
  await expect.poll(() => editorText(home, 'opening-hours')).toBe(SCHOOL_LATER);
  await school.context().close();
  await home.context().close();
});

test('on a phone, "Envoyer ma sauvegarde" hands the file to the share sheet; if sharing fails, it downloads', async () => {
  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  // The platform's share sheet (phones have one, desktop Linux Chromium does not): it records what it got.
  await context.addInitScript(() => {
    const target = window as unknown as { shared?: { name: string; text: string; title?: string }; failShare?: boolean };
    Object.assign(navigator, {
      canShare: (data: { files?: File[] }) => Array.isArray(data.files),
      share: async (data: { files: File[]; title?: string }) => {
        if (target.failShare) throw new DOMException('no target', 'NotAllowedError');
        const [file] = data.files;
        target.shared = { name: file!.name, text: await file!.text(), title: data.title };
      },
    });
  });
  const { page } = await openPage(context);
  await firstVisit(page, appUrl);
  await passExercise(page, appUrl, 'bakery-title');
  await page.goto(`${appUrl}#/backup`);
  await page.getByRole('button', { name: 'Envoyer ma sauvegarde' }).click();
  await page.getByText('Ta sauvegarde est envoyée.').waitFor();
  const shared = await page.evaluate(() => (window as unknown as { shared: { name: string; text: string; title: string } }).shared);
  expect(shared.name).toMatch(/^sirius-moi-\d{4}-\d{2}-\d{2}\.sirius\.json$/);
  expect(shared.title).toBe('Sauvegarde Sirius Learn de Moi');
  expect(JSON.parse(shared.text)).toMatchObject({ app: 'sirius-learn', profile: { name: 'Moi' } });
  // The reminder to save is gone: the file left the device.
  await expectStored(page, (db) => (db.profiles[0] as { backedUpAt?: number }).backedUpAt !== undefined);

  await page.evaluate(() => Object.assign(window, { failShare: true }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Envoyer ma sauvegarde' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sirius-moi-/);
  await context.close();
});
