import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { serializeProgress } from '../../src/progress/export-file.ts';
import type { ExerciseRecord, ProgressSnapshot } from '../../src/progress/types.ts';
import { violations } from './support/axe.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';
import { firstVisit, importProgress } from './support/progress.ts';

const appUrl = inject('appUrl');
/** Where the printed pages are kept, to look at them. */
const PDF_DIR = join(tmpdir(), 'sirius-print');

const tree = readLessonTree(lessonsRoot());
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 9, 5, 9);

/**
 * A typical learner after a term: the first six front-end lessons and the first three of web design passed,
 * and the first two steps of the front-end project, with the trainer's solutions as their files.
 */
function typicalLearner(): ProgressSnapshot {
  const exercises: ExerciseRecord[] = [];
  let day = 0;
  const pass = (lessonId: string, done?: number) => {
    const lesson = tree.lessons.find((candidate) => candidate.id === lessonId && candidate.locale === 'fr')!;
    const steps = lesson.blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : [])).slice(0, done);
    day += 2;
    for (const [index, exercise] of steps.entries()) {
      const at = START + day * DAY + index * 600_000;
      exercises.push({ lessonId, exerciseId: exercise.id, status: 'passed', attempts: 2, hintsUsed: 1, solutionRevealed: false, draft: { files: exercise.solution.map(({ name, content }) => ({ name, content })), savedAt: at }, previousDrafts: [], lastRunAt: at, passedAt: at });
    }
  };
  const frontEnd = tree.catalog.tracks.find((track) => track.id === 'front-end')!.lessons;
  const webDesign = tree.catalog.tracks.find((track) => track.id === 'web-design')!.lessons;
  for (const lesson of frontEnd.slice(0, 6)) pass(lesson.id);
  for (const lesson of webDesign.slice(0, 3)) pass(lesson.id);
  pass(frontEnd.at(-1)!.id, 2);
  exercises.sort((a, b) => `${a.lessonId}/${a.exerciseId}`.localeCompare(`${b.lessonId}/${b.exerciseId}`));
  return {
    profile: { id: 'amina', name: 'Amina', avatar: 'star', locale: 'fr', createdAt: START },
    progress: { exercises, lessons: [] },
    quarantine: [],
  };
}

/** Pages of a PDF made by Chromium: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

async function print(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  mkdirSync(PDF_DIR, { recursive: true });
  writeFileSync(join(PDF_DIR, `${name}.pdf`), pdf);
  return pageCount(pdf);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe.each(['fr', 'ar'])('portfolio and attestation in %s', (locale) => {
  test('show the learner’s work, pass axe, and print on one A4 page each', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    await firstVisit(page, appUrl);
    await page.goto(`${appUrl}#/profiles`);
    await page.getByRole('button', { name: 'Changer mon nom ou mon image' }).click();
    await page.getByLabel('Ton prénom ou un surnom').fill('Amina');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('C’est enregistré.').waitFor();
    const imported = await importProgress(page, appUrl, { name: 'amina.json', mimeType: 'application/json', buffer: Buffer.from(serializeProgress(typicalLearner(), START + 60 * DAY)) }, 'replace');
    expect(imported.error).toBe(false);
    if (locale !== 'fr') await page.locator('#header-language').selectOption(locale);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);

    // Mes projets: the front-end project with its live preview, sandboxed like the workspace's.
    await page.locator('.site-header nav a[href="#/projects"]').click();
    const project = page.locator('article.project');
    await project.first().waitFor();
    expect(await project.count()).toBe(1);
    const frame = project.locator('iframe');
    await frame.waitFor();
    const sandbox = (await frame.getAttribute('sandbox'))?.split(/\s+/);
    expect(sandbox).toContain('allow-scripts');
    expect(sandbox).not.toContain('allow-same-origin');
    await expect.poll(async () => (await (await frame.elementHandle())?.contentFrame())?.locator('h1').count()).toBe(1);
    expect(await page.locator('.skills li').count()).toBeGreaterThan(5);
    expect(await violations(page)).toEqual([]);
    expect(await print(page, `portfolio-${locale}`)).toBe(1);

    // The attestation: seven lessons of front-end work (six done, the project begun), French with the learner's language beside it.
    await page.locator(`a[href="#/attestation/front-end"]`).click();
    await page.locator('.attestation table').waitFor();
    expect(await page.locator('.attestation tbody tr').count()).toBe(7);
    expect(await page.locator('.attestation h1').innerText()).toContain('Attestation de travail');
    if (locale === 'ar') expect(await page.locator('.attestation h1 [lang="ar"]').innerText()).toContain('شهادة عمل');
    expect(await page.locator('.attestation').innerText()).toContain('Amina');
    expect(await violations(page)).toEqual([]);
    expect(await print(page, `attestation-${locale}`)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
