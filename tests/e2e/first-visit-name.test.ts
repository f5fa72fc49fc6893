import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { chooseLanguage } from './support/app.ts';
import { launch, openPage } from './support/browser.ts';

const appUrl = inject('appUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('a French device where the learner chooses Arabic: the first learner is named "أنا", not "Moi"', async () => {
  const context = await browser.newContext({ locale: 'fr-BE' });
  const { page, errors } = await openPage(context);
  await page.goto(appUrl);
  await chooseLanguage(page, 'ar');
  const learner = page.getByRole('banner').getByRole('link', { name: /أنا/ });
  await learner.waitFor();
  expect(await page.getByRole('banner').getByRole('link', { name: /Moi/ }).count()).toBe(0);
  // Still after a reload: the name was saved.
  await page.reload();
  await learner.waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
