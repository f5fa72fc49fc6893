import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, openPage } from './support/browser.ts';
import { firstVisit } from './support/progress.ts';
import { PROJECT_EXERCISE as EXERCISE, passProject, projectSection } from './support/project.ts';

const appUrl = inject('appUrl');
const STYLES = ['color', 'font-family', 'font-size', 'background-color', 'text-align'] as const;

/** The first heading's text and computed styles, and the body's background, in a page or frame. */
const look = (target: Page | Frame) =>
  target.evaluate((names) => {
    const heading = document.querySelector('h1')!;
    const style = getComputedStyle(heading);
    return {
      text: heading.textContent?.trim(),
      heading: Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)])),
      body: getComputedStyle(document.body).getPropertyValue('background-color'),
    };
  }, [...STYLES]);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('a passed web exercise downloads as a zipped site that shows from disk the same as the preview', async () => {
  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  const { page, errors } = await openPage(context);
  await firstVisit(page, appUrl);
  await passProject(page, appUrl);
  const exercise = projectSection(page);

  await exercise.getByRole('tab', { name: 'Aperçu' }).click();
  const frame = await exercise.locator('.preview iframe').elementHandle().then((element) => element!.contentFrame());
  await frame!.locator('h1').waitFor();
  const preview = await look(frame!);

  const [download] = await Promise.all([page.waitForEvent('download'), exercise.getByRole('button', { name: 'Télécharger mon site' }).click()]);
  expect(download.suggestedFilename()).toBe(`portfolio-project-${EXERCISE}.zip`);
  const folder = mkdtempSync(join(tmpdir(), 'site-'));
  const zip = join(folder, download.suggestedFilename());
  await download.saveAs(zip);
  const files = unzipSync(readFileSync(zip));
  const names = Object.keys(files).sort();
  expect(names).toEqual([`portfolio-project-${EXERCISE}/LISEZ-MOI.txt`, `portfolio-project-${EXERCISE}/index.html`, `portfolio-project-${EXERCISE}/style.css`]);
  for (const name of names) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), files[name]!);
  }
  expect(strFromU8(files[`portfolio-project-${EXERCISE}/LISEZ-MOI.txt`]!)).toContain('app.netlify.com/drop');

  // From disk, as the learner opens it: the same heading, in the same styles.
  const site = await context.newPage();
  await site.goto(pathToFileURL(join(folder, `portfolio-project-${EXERCISE}`, 'index.html')).href);
  const fromDisk = await look(site);
  expect(fromDisk).toEqual(preview);
  expect(preview.heading.color).not.toBe('rgb(0, 0, 0)');
  expect(errors).toEqual([]);
  await context.close();
});
