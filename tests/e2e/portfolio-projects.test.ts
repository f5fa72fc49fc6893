/**
 * "Mes projets" with both kinds of project: an exercise a lesson marks `project` (the ordering form of the
 * server lesson) and the track's project lesson. Each shows live in a sandboxed preview with its date and a
 * download, and the page prints as a portfolio with both.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import portfolioFr from '../../src/i18n/locales/fr/portfolio.json';
import { violations } from './support/axe.ts';
import { launch, openPage } from './support/browser.ts';
import { firstVisit } from './support/progress.ts';
import { exerciseOf, MARKED_EXERCISE, MARKED_LESSON, passWithSolution, PROJECT_EXERCISE, PROJECT_LESSON } from './support/project.ts';

const appUrl = inject('appUrl');
const texts = portfolioFr.projects;
/** The page's first heading, as the trainer's solution writes it. */
const headingOf = (lessonId: string, exerciseId: string) => {
  const html = exerciseOf(lessonId, exerciseId).solution.find((file) => file.name === 'index.html')?.content ?? exerciseOf(lessonId, exerciseId).starter.find((file) => file.name === 'index.html')!.content;
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!.trim();
};
/** Pages of a PDF made by Chromium: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The heading of the page shown in a preview frame, once it has run. */
async function previewHeading(frame: Locator): Promise<string | undefined> {
  const content = await (await frame.elementHandle())?.contentFrame();
  const heading = content?.locator('h1');
  return heading && (await heading.count()) > 0 ? (await heading.first().textContent())?.trim() : undefined;
}

test('a marked exercise and the project lesson show in "Mes projets", live, dated, downloadable, and print as a portfolio', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  const { page, errors } = await openPage(context);
  await firstVisit(page, appUrl);
  await passWithSolution(page, appUrl, MARKED_LESSON, MARKED_EXERCISE);
  await passWithSolution(page, appUrl, PROJECT_LESSON, PROJECT_EXERCISE);
  const today = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(Date.now());

  await page.locator('.site-header nav a[href="#/projects"]').click();
  await page.getByRole('heading', { level: 1, name: texts.title }).waitFor();
  const projects = page.locator('article.project');
  await projects.nth(1).waitFor();
  expect(await projects.count()).toBe(2);

  // Track order: the server lesson comes before the project lesson that ends the track.
  for (const [index, [lessonId, exerciseId]] of [[MARKED_LESSON, MARKED_EXERCISE], [PROJECT_LESSON, PROJECT_EXERCISE]].entries()) {
    const project = projects.nth(index);
    const title = exerciseOf(lessonId!, exerciseId!).title;
    expect(await project.getByRole('heading', { level: 2 }).textContent()).toContain(title);
    expect(await project.textContent()).toContain(texts.passedOn.replace('{{date}}', today));
    // The learner's page runs in the preview, sandboxed like the workspace's: scripts, never the app's origin.
    const frame = project.getByTitle(texts.preview.replace('{{title}}', title), { exact: true });
    await frame.waitFor();
    const sandbox = (await frame.getAttribute('sandbox'))?.split(/\s+/);
    expect(sandbox).toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    await expect.poll(() => previewHeading(frame), { timeout: 30_000 }).toBe(headingOf(lessonId!, exerciseId!));

    const [download] = await Promise.all([page.waitForEvent('download'), project.getByRole('button', { name: portfolioFr.download.button }).click()]);
    expect(download.suggestedFilename()).toBe(`${lessonId!.split('/')[1]}-${exerciseId}.zip`);
  }
  expect(await violations(page)).toEqual([]);

  // The printable portfolio: the learner's name, both projects with their dates, the skills; no buttons.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.projects-page');
  await printed.getByRole('heading', { level: 1, name: texts.portfolioOf.replace('{{name}}', 'Moi') }).waitFor();
  expect(await page.getByRole('button', { name: texts.print }).isVisible()).toBe(false);
  expect(await projects.getByRole('button', { name: portfolioFr.download.button }).first().isVisible()).toBe(false);
  for (const index of [0, 1]) expect(await projects.nth(index).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { level: 2, name: texts.skills }).isVisible()).toBe(true);
  expect(await page.getByText(texts.madeWith).isVisible()).toBe(true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pageCount(pdf)).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});
