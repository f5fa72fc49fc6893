/**
 * Classes travel in backup files: a learner who joined a class finds it on the home page of a fresh browser
 * after loading their backup; a class part from a newer app is set aside (kept in the file's unreadable
 * records) while the progress still loads; a trainer's own class comes along when they add it to the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { PLAN_SCHEMA } from '../../src/class/links.ts';
import classFr from '../../src/i18n/locales/fr/classroom.json';
import progressFr from '../../src/i18n/locales/fr/progress.json';
import { localized } from '../../src/lessons/library.ts';
import { encodeLink } from '../../src/share/link-codec.ts';
import { openApp } from './support/app.ts';
import { violations } from './support/axe.ts';
import { launch, openPage } from './support/browser.ts';
import { catalog, expectStored, exportProgress, findExercise, firstVisit, importProgress, LESSON, passExercise } from './support/progress.ts';

const appUrl = inject('appUrl');
const plan = { id: 'web-b-2026', className: 'Web B', trainer: 'Sara', issuedAt: Date.UTC(2026, 11, 1), lessons: [{ lesson: LESSON }] };
/** Names inside sentences are isolated (U+2068 … U+2069): read texts without those marks. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');
const classHeading = classFr.home.heading.replace('{{name}}', 'Web B');

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'sirius-class-backup-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A new browser, at home after its first visit. */
async function freshBrowser(): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  const { page } = await openPage(context);
  await firstVisit(page, appUrl);
  await page.locator('.track-card').first().waitFor();
  return page;
}

/** The class names of the plans on the home page (which loads its plan cards after the page, only if there are some). */
async function homePlans(page: Page): Promise<string[]> {
  await page.goto(`${appUrl}#/`);
  await page.locator('.track-card').first().waitFor();
  const joined = await page.evaluate(() => Object.entries(localStorage).some(([key, value]) => key.startsWith('sirius-learn:plans:') && value !== '[]'));
  if (joined) await page.locator('.plan-card h2').first().waitFor();
  return (await page.locator('.plan-card h2').allTextContents()).map(plain);
}

test('a backup made after joining a class brings the class to the home page of a fresh browser', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  const { page: learner, errors } = await openPage(context);
  await openApp(learner, `${appUrl}#/plan/${encodeLink(PLAN_SCHEMA, plan)}`, 'fr');
  await learner.getByRole('button', { name: classFr.join.join }).click();
  await learner.locator('.plan-card').waitFor();
  await passExercise(learner, appUrl, 'bakery-title');
  // No class of their own on this device: nothing to ask.
  const backup = await exportProgress(learner, appUrl, folder, 'moi.sirius.json');
  expect(await learner.getByRole('checkbox', { name: progressFr.classes.include }).count()).toBe(0);
  expect(JSON.parse(backup.text).classes).toEqual({ version: 1, joined: [plan] });

  const fresh = await freshBrowser();
  expect(await homePlans(fresh)).toEqual([]);
  expect(await importProgress(fresh, appUrl, backup.path)).toEqual({ error: false, text: `${progressFr.import.done} ${progressFr.classes.kept}` });
  expect(await homePlans(fresh)).toEqual([classHeading]);
  expect(await violations(fresh)).toEqual([]);
  expect(findExercise(await expectStored(fresh, (db) => db.exercises.length > 0), 'bakery-title')?.status).toBe('passed');

  // The same file from a newer app whose class part this version cannot read: the progress loads, the class
  // part is kept with the unreadable records (so the next backup still has it), and the learner is told.
  const newer = join(folder, 'newer.sirius.json');
  writeFileSync(newer, JSON.stringify({ ...JSON.parse(backup.text), classes: { version: 2, joined: [plan], groups: [] } }));
  const other = await freshBrowser();
  expect(await importProgress(other, appUrl, newer)).toEqual({ error: false, text: `${progressFr.import.done} ${progressFr.classes.newer}` });
  const db = await expectStored(other, (stored) => stored.exercises.length > 0);
  expect(findExercise(db, 'bakery-title')?.status).toBe('passed');
  expect(db.quarantine).toMatchObject([{ source: 'file', raw: { version: 2 }, reason: expect.stringMatching(/^classes: /) }]);
  expect(await homePlans(other)).toEqual([]);
  expect(errors).toEqual([]);
  for (const page of [learner, fresh, other]) await page.context().close();
});

test('a trainer who adds their class to the backup finds its plans on "Ma classe" in a fresh browser', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  const { page: trainer, errors } = await openPage(context);
  await openApp(trainer, `${appUrl}#/my-class`, 'fr');
  await trainer.getByLabel(classFr.myClass.className).fill('Web C');
  await trainer.getByLabel(classFr.myClass.trainer).fill('Sara');
  const lesson = catalog.tracks.flatMap((track) => track.lessons).find((candidate) => candidate.id === LESSON)!;
  await trainer.getByRole('checkbox', { name: localized(lesson.title, 'fr'), exact: true }).check();
  await trainer.getByRole('button', { name: classFr.myClass.create }).click();
  await trainer.getByRole('textbox', { name: classFr.share.link, exact: true }).waitFor();

  // The device has one learner: adding the class is proposed, and said to carry the learners' names.
  await trainer.goto(`${appUrl}#/backup`);
  const include = trainer.getByRole('checkbox', { name: progressFr.classes.include });
  expect(await include.isChecked()).toBe(true);
  expect(await include.getAttribute('aria-describedby')).toBe('with-class-help');
  expect(await trainer.locator('#with-class-help').textContent()).toBe(progressFr.classes.includeHelp);
  expect(await violations(trainer)).toEqual([]);
  const backup = await exportProgress(trainer, appUrl, folder, 'sara.sirius.json');
  expect(JSON.parse(backup.text).classes.roster.plans.map((saved: { className: string }) => saved.className)).toEqual(['Web C']);

  const fresh = await freshBrowser();
  expect(await importProgress(fresh, appUrl, backup.path)).toEqual({ error: false, text: `${progressFr.import.done} ${progressFr.classes.kept}` });
  await fresh.goto(`${appUrl}#/my-class`);
  await fresh.getByRole('heading', { level: 2, name: classFr.myClass.plansHeading }).waitFor();
  expect(await fresh.locator('ul.plans h3').allTextContents()).toEqual(['Web C']);
  expect(errors).toEqual([]);
  for (const page of [trainer, fresh]) await page.context().close();
});
