/** Two pages of the app on the same exercise: neither loses what was typed in the other. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { draftText, editorText, expectStored, findExercise, firstVisit, openExercise, section, typeCode } from './support/progress.ts';

const appUrl = inject('appUrl');
const CHANGED = 'Ce code a été modifié dans un autre onglet.';
const TAKE = "Prendre la version de l'autre onglet";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('two pages on one exercise: each is told of the other’s save, can take it, and the store keeps both drafts', async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const { page: first, errors } = await openPage(context);
  await firstVisit(first, appUrl);
  await openExercise(first, appUrl, 'bakery-title');
  const { page: second } = await openPage(context);
  await openExercise(second, appUrl, 'bakery-title');

  // The first page saves; the second, still on the starter, is told and takes that version.
  await typeCode(first, 'bakery-title', '<h1>Version de la page 1</h1>');
  await expectStored(first, (db) => draftText(findExercise(db, 'bakery-title')) === '<h1>Version de la page 1</h1>');
  const notice = section(second, 'bakery-title').getByRole('alert').filter({ hasText: CHANGED });
  await notice.waitFor();
  await notice.getByRole('button', { name: TAKE }).click();
  await expect.poll(() => editorText(second, 'bakery-title')).toBe('<h1>Version de la page 1</h1>');
  await notice.waitFor({ state: 'detached' });

  // Both edit before hearing of each other: the last save is current, the other is kept, and the first page
  // is offered the second's version.
  await typeCode(second, 'bakery-title', '<h1>Version de la page 2</h1>');
  await typeCode(first, 'bakery-title', '<h1>Version de la page 1, suite</h1>');
  const db = await expectStored(first, (stored) => {
    const record = findExercise(stored, 'bakery-title');
    const all = [record?.draft, ...(record?.previousDrafts ?? [])].map((draft) => draft?.files[0]?.content);
    return all.includes('<h1>Version de la page 2</h1>') && all.includes('<h1>Version de la page 1, suite</h1>');
  });
  const stored = findExercise(db, 'bakery-title')!;
  const current = draftText(stored);
  const other = current === '<h1>Version de la page 2</h1>' ? '<h1>Version de la page 1, suite</h1>' : '<h1>Version de la page 2</h1>';
  // The page whose version is not the current one is told, and can take it.
  const behind = current === '<h1>Version de la page 2</h1>' ? first : second;
  const told = section(behind, 'bakery-title').getByRole('alert').filter({ hasText: CHANGED });
  await told.getByRole('button', { name: TAKE }).click();
  await expect.poll(() => editorText(behind, 'bakery-title')).toBe(current);
  expect(stored.previousDrafts.map((draft) => draft.files[0]?.content)).toContain(other);
  expect(errors).toEqual([]);
  await context.close();
});
