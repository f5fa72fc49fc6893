/**
 * Quizzes as a learner meets them, keyboard only: French and Arabic, every sort of question, feedback in the
 * learner's language, a wrong answer fixed, the pass on the track page and in a backup file; axe stays clean.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import arWorkspace from '../../src/i18n/locales/ar/workspace.json';
import frWorkspace from '../../src/i18n/locales/fr/workspace.json';
import { openApp } from './support/app.ts';
import { violations } from './support/axe.ts';
import { launch, openPage } from './support/browser.ts';
import { expectStored, exportProgress, findExercise } from './support/progress.ts';

const appUrl = inject('appUrl');
const strings = { fr: frWorkspace.quiz, ar: arWorkspace.quiz };

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'sirius-quiz-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** What has the focus: its tag, type, accessible label (aria-labelledby or label), question and line position. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const ids = element?.getAttribute('aria-labelledby')?.split(' ') ?? [];
    const labelled = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    const item = element?.closest('ol.lines > li');
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      type: element?.getAttribute('type') ?? '',
      name: labelled || (element?.closest('label')?.textContent?.trim() ?? element?.textContent?.trim() ?? ''),
      question: element?.closest('fieldset')?.getAttribute('data-question') ?? '',
      inQuiz: Boolean(element?.closest('form.quiz')),
      position: item ? [...item.parentElement!.children].indexOf(item) : -1,
    };
  });
type Focus = Awaited<ReturnType<typeof focused>>;

/** Presses Tab, then Shift+Tab, inside the quiz until `wanted` holds for the focused element. */
async function tabTo(page: Page, wanted: (focus: Focus) => boolean) {
  for (const key of ['Tab', 'Shift+Tab']) {
    let inside = false;
    for (let step = 0; step < 80; step++) {
      const focus = await focused(page);
      if (wanted(focus)) return;
      // Out of the quiz again (past its last control, or before its first): go the other way.
      if (inside && !focus.inQuiz) break;
      inside ||= focus.inQuiz;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`focus never reached the wanted element (now on ${JSON.stringify(await focused(page))})`);
}

const question = (page: Page, id: string) => page.locator(`fieldset[data-question="${id}"]`);
const lineTexts = (page: Page, id: string) => question(page, id).locator('ol.lines > li .line').allTextContents();

/**
 * Orders an order question by keyboard: removes the lines left out with their ✕ button, then brings each
 * right line up to its place with its ↑ button (the focus stays on the button of the line it moves).
 */
async function orderByKeyboard(page: Page, id: string, right: string[], leaveOut: string[], labels: { up: string; leaveOut: string }) {
  for (const line of leaveOut) {
    await tabTo(page, (focus) => focus.question === id && focus.name === `${labels.leaveOut} ${line.trim()}`);
    await page.keyboard.press('Enter');
  }
  for (let position = 0; position < right.length; position++) {
    const lines = await lineTexts(page, id);
    const from = lines.findIndex((text, index) => index >= position && text === right[position]);
    if (from === position) continue;
    await tabTo(page, (focus) => focus.question === id && focus.position === from && focus.name === `${labels.up} ${right[position]!.trim()}`);
    for (let step = 0; step < from - position; step++) await page.keyboard.press('Enter');
  }
  expect(await lineTexts(page, id)).toEqual(right);
}

async function check(page: Page, locale: 'fr' | 'ar') {
  await tabTo(page, (focus) => focus.name === strings[locale].check);
  await page.keyboard.press('Enter');
}

const skeletonFr = ['<!DOCTYPE html>', '<html lang="fr">', '  <head><title>Boulangerie du Marché</title></head>', '  <body>', '    <h1>Boulangerie du Marché</h1>', '  </body>', '</html>'];
const feedback = (page: Page, id: string) => question(page, id).locator('.feedback');

describe('a quiz, keyboard only', () => {
  test('in French: every sort of question, feedback, a fix, the pass on the track page and in a backup', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
    const { page, errors } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/front-end/first-page/first-page-quiz`, 'fr');
    const quiz = page.locator('#exercise-first-page-quiz');
    await quiz.locator('fieldset').first().waitFor();
    expect(await violations(page)).toEqual([]);
    const fr = strings.fr;

    // Single choice: Space picks the first radio (wrong on purpose).
    await tabTo(page, (focus) => focus.question === 'browser-role' && focus.type === 'radio');
    await page.keyboard.press('Space');
    // Multiple choice: the two closing tags.
    await tabTo(page, (focus) => focus.question === 'closing-tags' && focus.name === '</h1>');
    await page.keyboard.press('Space');
    await tabTo(page, (focus) => focus.question === 'closing-tags' && focus.name === '</body>');
    await page.keyboard.press('Space');
    // Short answer: case does not count.
    await tabTo(page, (focus) => focus.question === 'paragraph-tag' && focus.tag === 'input');
    await page.keyboard.type(' P ');
    // Order, with one line to leave out.
    await orderByKeyboard(page, 'skeleton-order', skeletonFr, ['    <h1>Boulangerie du Marché<h1>'], { up: fr.order.up, leaveOut: fr.order.leaveOut });
    // Each move is announced: the line and its new place.
    await expect.poll(() => question(page, 'skeleton-order').locator('[aria-live="polite"]').textContent()).toMatch(/position \d sur 7/);

    await check(page, 'fr');
    await expect.poll(() => feedback(page, 'browser-role').textContent()).toContain(fr.feedback.wrong);
    expect(await feedback(page, 'closing-tags').textContent()).toContain(fr.feedback.right);
    expect(await feedback(page, 'paragraph-tag').textContent()).toContain(fr.feedback.right);
    expect(await feedback(page, 'skeleton-order').textContent()).toContain(fr.feedback.right);
    // The chosen choice's explanation, and the explanation of a question answered right.
    await question(page, 'browser-role').getByText("Non : c'est le serveur qui garde les fichiers.").waitFor();
    await question(page, 'paragraph-tag').locator('.explanation').getByText('un bloc de texte', { exact: false }).waitFor();
    expect(await quiz.locator('.summary').textContent()).toContain('Bonnes réponses : 3 sur 4.');
    expect(await violations(page)).toEqual([]);

    // Fix the first answer: back to its radios, the arrow key picks the next one.
    await tabTo(page, (focus) => focus.question === 'browser-role' && focus.type === 'radio');
    await page.keyboard.press('ArrowDown');
    expect(await feedback(page, 'browser-role').count()).toBe(0);
    await check(page, 'fr');
    await expect.poll(() => quiz.locator('.summary').textContent()).toContain(fr.allRight);
    await quiz.locator('.done').getByText(fr.doneTitle).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.goto(`${appUrl}#/track/front-end`);
    const card = page.locator('.lessons li.card').filter({ has: page.locator('a[href$="/lesson/front-end/first-page"]') });
    await expect.poll(() => card.locator('.lesson-status').textContent()).toContain('Commencé : 1 sur 4');
    const backup = JSON.parse((await exportProgress(page, appUrl, folder, 'quiz.sirius.json')).text) as { exercises: { exerciseId: string; status: string; draft?: { files: { name: string; content: string }[] } }[] };
    const record = backup.exercises.find((exercise) => exercise.exerciseId === 'first-page-quiz');
    expect(record?.status).toBe('passed');
    expect(JSON.parse(record?.draft?.files[0]?.content ?? '{}')).toMatchObject({ 'browser-role': { choices: [1] }, 'paragraph-tag': { text: ' P ' } });
    expect(errors).toEqual([]);
  }, 120_000);

  test('in Arabic, right to left: several choices, a number, CSS lines with a line to leave out', async () => {
    const context = await browser.newContext({ locale: 'ar' });
    const { page, errors } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/web-design/colour-and-contrast/colour-quiz`, 'ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const quiz = page.locator('#exercise-colour-quiz');
    await quiz.locator('fieldset').first().waitFor();
    const ar = strings.ar;

    // The third choice is right: the arrow keys walk the radio group (whatever the direction).
    await tabTo(page, (focus) => focus.question === 'normal-text-ratio' && focus.type === 'radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (focus) => focus.question === 'text-on-yellow' && focus.type === 'radio');
    await page.keyboard.press('ArrowDown');
    for (const index of [0, 1, 3]) {
      const name = (await question(page, 'three-to-one').locator('label').nth(index).textContent())!.trim();
      await tabTo(page, (focus) => focus.question === 'three-to-one' && focus.name === name);
      await page.keyboard.press('Space');
    }
    // Only one of the two right answers: wrong on purpose.
    const word = (await question(page, 'not-only-colour').locator('label').first().textContent())!.trim();
    await tabTo(page, (focus) => focus.question === 'not-only-colour' && focus.name === word);
    await page.keyboard.press('Space');
    await tabTo(page, (focus) => focus.question === 'black-on-white' && focus.tag === 'input');
    await page.keyboard.type('21');
    const rule = [':root {', '  --orange-club: #b85400;', '}', 'h2 {', '  color: var(--orange-club);', '}'];
    await orderByKeyboard(page, 'variable-order', rule, ['  color: --orange-club;'], { up: ar.order.up, leaveOut: ar.order.leaveOut });

    // Code inside an Arabic question keeps its left-to-right order, isolated from the sentence around it.
    const code = quiz.locator('fieldset :not(pre) > code');
    expect(await code.count()).toBeGreaterThan(0);
    expect(await code.first().evaluate((node) => [getComputedStyle(node).direction, getComputedStyle(node).unicodeBidi])).toEqual(['ltr', 'isolate']);

    await check(page, 'ar');
    await expect.poll(() => feedback(page, 'not-only-colour').textContent()).toContain(ar.feedback.wrong);
    for (const id of ['normal-text-ratio', 'text-on-yellow', 'three-to-one', 'black-on-white', 'variable-order']) {
      expect(await feedback(page, id).textContent(), id).toContain(ar.feedback.right);
    }
    expect(await violations(page)).toEqual([]);

    const icon = (await question(page, 'not-only-colour').locator('label').nth(2).textContent())!.trim();
    await tabTo(page, (focus) => focus.question === 'not-only-colour' && focus.name === icon);
    await page.keyboard.press('Space');
    await check(page, 'ar');
    await expect.poll(() => quiz.locator('.summary').textContent()).toContain(ar.allRight);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  test('lines also move by dragging their handle, with a mouse or a finger, and each move is announced', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', hasTouch: true });
    const { page, errors } = await openPage(context);
    await openApp(page, `${appUrl}#/lesson/front-end/first-page/first-page-quiz`, 'fr');
    const order = question(page, 'skeleton-order');
    await order.locator('ol.lines > li').first().waitFor();
    const handleCentre = async (position: number) => {
      const box = (await order.locator('ol.lines > li .handle').nth(position).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const below = async (position: number) => {
      const box = (await order.locator('ol.lines > li').nth(position).boundingBox())!;
      return box.y + box.height - 2;
    };
    await order.locator('ol.lines').evaluate((list) => list.scrollIntoView({ block: 'center' }));
    const before = await lineTexts(page, 'skeleton-order');

    // Mouse: the first line dropped at the bottom of the list.
    const start = await handleCentre(0);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x, await below(before.length - 1), { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => lineTexts(page, 'skeleton-order')).toEqual([...before.slice(1), before[0]]);
    await expect.poll(() => order.locator('[aria-live="polite"]').textContent()).toContain(`position ${before.length} sur ${before.length}`);

    // Finger: the last line (the one just moved) dragged back to the top.
    const client = await context.newCDPSession(page);
    const from = await handleCentre(before.length - 1);
    const top = (await order.locator('ol.lines > li').first().boundingBox())!.y + 2;
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
    for (let step = 1; step <= 8; step++) {
      await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x, y: from.y + ((top - from.y) * step) / 8 }] });
    }
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => lineTexts(page, 'skeleton-order')).toEqual(before);
    await expect.poll(() => order.locator('[aria-live="polite"]').textContent()).toContain(`position 1 sur ${before.length}`);

    // "Show the answer": asked for, confirmed, shown under every question and recorded like a solution seen.
    await page.getByRole('button', { name: strings.fr.reveal }).click();
    await page.getByRole('dialog').getByRole('button', { name: strings.fr.reveal }).click();
    await expect.poll(() => page.locator('#exercise-first-page-quiz .answer').count()).toBe(4);
    expect(await order.locator('.answer li').allTextContents()).toEqual(skeletonFr);
    await expectStored(page, (db) => (findExercise(db, 'first-page-quiz') as { solutionRevealed?: boolean } | undefined)?.solutionRevealed === true);
    expect(errors).toEqual([]);
  }, 120_000);
});
