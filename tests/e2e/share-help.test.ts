/**
 * Help links between two learners on two devices (two browser contexts): a link carries the exercise and the
 * code, opens offline in a clearly marked copy that runs in the sandbox, and a version comes back the same
 * way. Neither learner's stored progress changes unless they choose "Garder cette version". Damaged, oversized
 * and foreign links and files are refused with their message, and change nothing either.
 */
import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openApp, OFFLINE_READY_MS } from './support/app.ts';
import { violations } from './support/axe.ts';
import { launch, openPage } from './support/browser.ts';
import { editorText, expectStored, findExercise, firstVisit, lessonUrl, LESSON, readDb, section, solution, typeCode, type Dump } from './support/progress.ts';

const appUrl = inject('appUrl');
const fr = JSON.parse(readFileSync(new URL('../../src/i18n/locales/fr/share.json', import.meta.url), 'utf8'));
const EXERCISE = 'bakery-title';
const MINE = '<p>Je ne trouve pas le titre</p>';
const QUESTION = 'Pourquoi mon titre ne s’affiche pas ?';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function device(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'fr-BE' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
  const { page, errors } = await openPage(context);
  return { context, page, errors };
}

const scratch = (page: Page) => page.locator('section.scratch');
const scratchEditor = (page: Page) => scratch(page).locator('.cm-content');
const scratchText = (page: Page) =>
  scratchEditor(page).evaluate((element) => [...element.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));
/** What a learner's stored work is, without the times that a read may not change anyway. */
const work = (db: Dump) => JSON.stringify({ exercises: db.exercises, lessons: db.lessons, quarantine: db.quarantine });

/** Opens the help dialog from `opener`, copies the link, and returns it; checks focus stays in and comes back. */
async function copyLink(page: Page, opener: ReturnType<Page['getByRole']>, title: string, note?: string): Promise<string> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  expect(await violations(page)).toEqual([]);
  if (note) await dialog.getByLabel(/question|explication/).fill(note);
  await dialog.getByRole('button', { name: 'Copier le lien' }).click();
  await dialog.getByText(fr.link.copied).waitFor();
  const link = await dialog.getByLabel('Le lien', { exact: true }).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect.poll(() => dialog.getByRole('img', { name: fr.qr.caption }).isVisible()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => opener.evaluate((button) => button === document.activeElement)).toBe(true);
  return link;
}

describe('help links', () => {
  test('A asks, B answers offline in a copy, A keeps the answer; nothing changes without a choice', async () => {
    const a = await device();
    await firstVisit(a.page, appUrl, `#/lesson/${LESSON}/${EXERCISE}`);
    await section(a.page, EXERCISE).locator('.cm-content').waitFor();
    await typeCode(a.page, EXERCISE, MINE);
    await expectStored(a.page, (db) => findExercise(db, EXERCISE)?.draft?.files[0]?.content === MINE);
    const ask = section(a.page, EXERCISE).getByRole('button', { name: 'Demander de l’aide' });
    const link = await copyLink(a.page, ask, 'Demander de l’aide', QUESTION);
    expect(link.startsWith(`${appUrl}#/help/1.`)).toBe(true);
    expect(link.length).toBeLessThan(8_000);
    const aBefore = await readDb(a.page);

    // B has visited once (the service worker keeps the app), then has no network.
    const b = await device();
    await firstVisit(b.page, appUrl);
    await b.page.getByText('Disponible hors ligne').waitFor({ timeout: OFFLINE_READY_MS });
    await b.page.evaluate(() => navigator.serviceWorker.ready);
    const bBefore = await readDb(b.page);
    await b.context.setOffline(true);
    const bPage = await b.context.newPage();
    await bPage.goto(link);
    await bPage.getByText('Copie d’aide — tes fichiers ne sont pas modifiés').waitFor();
    await bPage.getByText(QUESTION).waitFor();
    await expect.poll(() => scratchText(bPage)).toBe(MINE);
    expect(await violations(bPage)).toEqual([]);

    await scratch(bPage).getByRole('button', { name: 'Lancer les tests' }).click();
    await scratch(bPage).locator('.summary p.failed').waitFor();
    await scratchEditor(bPage).click();
    await bPage.keyboard.press('Control+A');
    await bPage.keyboard.insertText(solution(EXERCISE));
    await scratch(bPage).getByRole('button', { name: 'Lancer les tests' }).click();
    await scratch(bPage).locator('.summary p.passed').waitFor();
    const answer = await copyLink(bPage, scratch(bPage).getByRole('button', { name: 'Envoyer ma version' }), 'Envoyer ma version');
    expect(work(await readDb(bPage))).toBe(work(bBefore));

    // A opens the answer: a copy first; A's own draft is still A's until A keeps the version.
    await a.page.goto(answer);
    await a.page.getByText('Copie d’aide — tes fichiers ne sont pas modifiés').waitFor();
    await expect.poll(() => scratchText(a.page)).toBe(solution(EXERCISE));
    expect(work(await readDb(a.page))).toBe(work(aBefore));
    await scratch(a.page).getByRole('button', { name: 'Garder cette version' }).click();
    const confirm = a.page.getByRole('dialog', { name: 'Garder cette version ?' });
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    expect(work(await readDb(a.page))).toBe(work(aBefore));
    await scratch(a.page).getByRole('button', { name: 'Garder cette version' }).click();
    await confirm.getByRole('button', { name: 'Garder cette version' }).click();
    await a.page.waitForURL(lessonUrl(appUrl, EXERCISE));
    await expect.poll(() => editorText(a.page, EXERCISE)).toBe(solution(EXERCISE));
    const kept = await expectStored(a.page, (db) => findExercise(db, EXERCISE)?.draft?.files[0]?.content === solution(EXERCISE));
    // A's own code is not lost: it is the previous version.
    expect(findExercise(kept, EXERCISE)?.previousDrafts.map((draft) => draft.files[0]?.content)).toContain(MINE);

    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  test('damaged, oversized and foreign links and files are refused with their message; nothing changes', async () => {
    const { context, page, errors } = await device();
    await firstVisit(page, appUrl, `#/lesson/${LESSON}/${EXERCISE}`);
    await typeCode(page, EXERCISE, MINE);
    await expectStored(page, (db) => findExercise(db, EXERCISE)?.draft?.files[0]?.content === MINE);
    const link = await copyLink(page, section(page, EXERCISE).getByRole('button', { name: 'Demander de l’aide' }), 'Demander de l’aide');
    const token = link.slice(link.indexOf('#/help/') + '#/help/'.length);
    const before = await readDb(page);
    const tokenOf = (json: unknown) => `1.${Buffer.from(zlibSync(new TextEncoder().encode(JSON.stringify(json)))).toString('base64url')}`;

    const links: [string, string][] = [
      [token.slice(0, -40), fr.refusal.link.damaged],
      [`${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`, fr.refusal.link.damaged],
      [`1.${'A'.repeat(20_000)}`, fr.refusal.link['too-large']],
      ['bonjour', fr.refusal.link['not-ours']],
      ['%E0%A4%A', fr.refusal.link['not-ours']],
      [`2.${token.slice(2)}`, fr.refusal.link['future-version']],
      [tokenOf({ app: 'sirius-learn', kind: 'plan', version: 1, data: {} }), fr.refusal.link['wrong-kind']],
      [tokenOf({ app: 'sirius-learn', kind: 'help', version: 1, data: { lesson: LESSON, exercise: EXERCISE, files: [{ name: '../x', content: '' }] } }), fr.refusal.link.invalid],
      [tokenOf({ app: 'sirius-learn', kind: 'help', version: 1, data: { lesson: 'front-end/nowhere', exercise: 'x', files: [{ name: 'index.html', content: '' }] } }), fr.help.unknownExercise],
    ];
    for (const [bad, message] of links) {
      await page.goto(`${appUrl}#/`);
      await page.locator('.track-card').first().waitFor();
      await page.goto(`${appUrl}#/help/${bad}`);
      await expect.poll(() => page.getByRole('alert').textContent(), { message: bad.slice(0, 60) }).toBe(message);
      expect(await page.locator('section.scratch').count()).toBe(0);
    }

    const good = { app: 'sirius-learn', kind: 'help', version: 1, data: { lesson: LESSON, exercise: EXERCISE, files: [{ name: 'index.html', content: '<h1>Fichier</h1>' }] } };
    const files: [{ name: string; mimeType: string; buffer: Buffer }, string][] = [
      [{ name: 'aide.sirius.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good).slice(0, 60)) }, fr.refusal.file.damaged],
      [{ name: 'aide.sirius.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 32) }, fr.refusal.file['too-large']],
      [{ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) }, fr.refusal.file['not-ours']],
      [{ name: 'sauvegarde.sirius.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'sirius-learn', kind: 'progress', version: 3 })) }, fr.refusal.file['wrong-kind']],
      [{ name: 'aide.sirius.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...good, version: 9 })) }, fr.refusal.file['future-version']],
    ];
    await page.goto(`${appUrl}#/help`);
    for (const [file, message] of files) {
      await page.getByLabel(fr.help.openFile).setInputFiles(file);
      await expect.poll(() => page.getByRole('alert').textContent(), { message: file.name }).toBe(message);
    }
    expect(work(await readDb(page))).toBe(work(before));

    // A good help file opens as a copy, from the help page and from the Backup page where learners put files.
    await page.getByLabel(fr.help.openFile).setInputFiles({ name: 'aide.sirius.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => scratchText(page)).toBe('<h1>Fichier</h1>');
    await page.goto(`${appUrl}#/backup`);
    await page.locator('#backup-file').setInputFiles({ name: 'aide.sirius.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await page.getByText('Copie d’aide — tes fichiers ne sont pas modifiés').waitFor();
    await expect.poll(() => scratchText(page)).toBe('<h1>Fichier</h1>');
    expect(work(await readDb(page))).toBe(work(before));
    expect(errors).toEqual([]);
    await context.close();
  });
});

// The fallback file carries what the link carries.
test('a help file downloaded from the dialog holds the same request as the link', async () => {
  const { context, page } = await device();
  await firstVisit(page, appUrl, `#/lesson/${LESSON}/${EXERCISE}`);
  await typeCode(page, EXERCISE, MINE);
  await section(page, EXERCISE).getByRole('button', { name: 'Demander de l’aide' }).click();
  const dialog = page.getByRole('dialog', { name: 'Demander de l’aide' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Télécharger le fichier' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sirius-aide-.*\.sirius\.json$/);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(saved).toMatchObject({ app: 'sirius-learn', kind: 'help', version: 1, data: { lesson: LESSON, exercise: EXERCISE, files: [{ name: 'index.html', content: MINE }], reply: false } });
  await dialog.getByText(fr.file.downloaded).waitFor();
  await context.close();
});

test('in Arabic: the dialog and the copy read right to left, the link left to right, and stay accessible', async () => {
  const ar = JSON.parse(readFileSync(new URL('../../src/i18n/locales/ar/share.json', import.meta.url), 'utf8'));
  const arWorkspace = JSON.parse(readFileSync(new URL('../../src/i18n/locales/ar/workspace.json', import.meta.url), 'utf8'));
  const { context, page, errors } = await device();
  await openApp(page, `${appUrl}#/lesson/${LESSON}/${EXERCISE}`, 'ar');
  await section(page, EXERCISE).getByRole('button', { name: arWorkspace.askHelp.ask }).click();
  const dialog = page.getByRole('dialog', { name: ar.help.title });
  await dialog.waitFor();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  const field = dialog.getByLabel(ar.link.label, { exact: true });
  expect(await field.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');
  expect(await violations(page)).toEqual([]);
  const link = await field.inputValue();
  await page.keyboard.press('Escape');
  await page.goto(link);
  await page.getByText(ar.scratch.banner).waitFor();
  await scratchEditor(page).waitFor();
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
