/**
 * A shared computer: two learners on one browser. A new browser session, and a pause of the idle time, start
 * with "Qui apprend ?"; a learner never sees another's draft; every profile action works with the keyboard
 * alone and leaves focus on the page, never on its body. New profiles get their own picture.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { violations as axeViolations } from './support/axe.ts';
import { CHROMIUM_ARGS, chromiumPath, openPage } from './support/browser.ts';
import { draftText, editorText, exercise, expectStored, findExercise, firstVisit, openExercise, readDb, typeCode } from './support/progress.ts';

const appUrl = inject('appUrl');
const DRAFT = '<p>Le brouillon d’Amina — à elle seule</p>';
const MOI_DRAFT = '<p>Le brouillon de Moi</p>';
const STARTER = exercise('opening-hours').starter[0]!.content;

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sirius-learners-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The same browser profile folder each time: a new launch is a new browser session on the same storage. */
const openBrowser = () =>
  chromium.launchPersistentContext(join(folder, 'profile'), { executablePath: chromiumPath()!, args: CHROMIUM_ARGS, locale: 'fr-BE' });

/** Focus has settled on the page's main heading (never on the body). */
async function expectFocusOnHeading(page: Page, heading: string | RegExp) {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(heading);
}

/** Presses Enter on `name`'s button, reached from the keyboard. */
async function pressButton(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

const whoIsLearning = (page: Page) => page.getByRole('heading', { level: 1, name: 'Qui apprend aujourd’hui ?' });
const learnerInHeader = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name: new RegExp(name) });

test('the picker on each new browser session and after the idle time; no learner sees another’s draft; keyboard only', async () => {
  let context: BrowserContext = await openBrowser();
  let { page, errors } = await openPage(context);
  await firstVisit(page, appUrl);
  await learnerInHeader(page, 'Moi').waitFor();
  await openExercise(page, appUrl, 'opening-hours');
  await typeCode(page, 'opening-hours', MOI_DRAFT);
  await expectStored(page, (db) => draftText(findExercise(db, 'opening-hours')) === MOI_DRAFT);

  // Adding a learner, keyboard only: the form takes focus, Enter creates, the new learner's page has it.
  await page.goto(`${appUrl}#/profiles`);
  await pressButton(page, 'Ajouter un apprenant');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id.startsWith('name-'))).toBe(true);
  await page.keyboard.type('Amina');
  await page.keyboard.press('Enter');
  await learnerInHeader(page, 'Amina').waitFor();
  await expectFocusOnHeading(page, 'Apprenants sur cet appareil');
  const avatars = (await readDb(page)).profiles.map((profile) => (profile as { avatar?: string }).avatar);
  expect(new Set(avatars).size).toBe(2);
  expect(await axeViolations(page)).toEqual([]);

  await openExercise(page, appUrl, 'opening-hours');
  await expect.poll(() => editorText(page, 'opening-hours')).toBe(STARTER);
  await typeCode(page, 'opening-hours', DRAFT);
  await expectStored(page, (db) => db.exercises.some((record) => draftText(record) === DRAFT));

  // Switching learner, keyboard only.
  await page.goto(`${appUrl}#/profiles`);
  await pressButton(page, /^Moi/);
  await learnerInHeader(page, 'Moi').waitFor();
  await expectFocusOnHeading(page, 'Apprenants sur cet appareil');
  await openExercise(page, appUrl, 'opening-hours');
  await expect.poll(() => editorText(page, 'opening-hours')).toBe(MOI_DRAFT);
  expect(errors).toEqual([]);
  await context.close();

  // A new browser session on the same storage: who is learning?
  context = await openBrowser();
  ({ page, errors } = await openPage(context));
  await page.goto(`${appUrl}#/lesson/front-end/first-page/opening-hours`);
  await whoIsLearning(page).waitFor();
  expect(await page.locator('.exercise').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await pressButton(page, /^Amina/);
  await learnerInHeader(page, 'Amina').waitFor();
  await expect.poll(() => editorText(page, 'opening-hours')).toBe(DRAFT);

  // After the idle time (20 minutes by default) without a key or a click, the picker comes back.
  await page.clock.install();
  await page.reload();
  await learnerInHeader(page, 'Amina').waitFor();
  await page.clock.fastForward('19:00');
  await learnerInHeader(page, 'Amina').waitFor();
  await page.clock.fastForward('02:00');
  await whoIsLearning(page).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

  // "Nouvel apprenant" from the picker, keyboard only: then the other learner never sees Amina's draft.
  await pressButton(page, 'Nouvel apprenant');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id.startsWith('name-'))).toBe(true);
  await page.keyboard.type('Yonas');
  await page.keyboard.press('Enter');
  await learnerInHeader(page, 'Yonas').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  await openExercise(page, appUrl, 'opening-hours');
  await expect.poll(() => editorText(page, 'opening-hours')).toBe(STARTER);
  const db = await readDb(page);
  const amina = db.profiles.find((profile) => profile.name === 'Amina')!;
  expect(db.exercises.filter((record) => draftText(record) === DRAFT).map((record) => record.profileId)).toEqual([amina.id]);
  expect(new Set(db.profiles.map((profile) => (profile as { avatar?: string }).avatar)).size).toBe(3);
  expect(errors).toEqual([]);
  await context.close();
});
