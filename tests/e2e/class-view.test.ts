/** The trainer's class view: three learners' backup files in, the right table and CSV out. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { localized } from '../../src/lessons/library.ts';
import { emptyRecord } from '../../src/progress/exercise-record.ts';
import { serializeProgress } from '../../src/progress/export-file.ts';
import type { ExerciseRecord } from '../../src/progress/types.ts';
import { openApp } from './support/app.ts';
import { launch, openPage } from './support/browser.ts';
import { catalog, firstVisit } from './support/progress.ts';

const appUrl = inject('appUrl');
const [frontEnd, backEnd] = catalog.tracks;
const firstPage = frontEnd!.lessons[0]!;
const secondPage = frontEnd!.lessons[1]!;
const backFirst = backEnd!.lessons[0]!;

const passed = (lessonId: string, exerciseId: string): ExerciseRecord => ({ ...emptyRecord(lessonId, exerciseId), status: 'passed', attempts: 1, passedAt: 2_000, lastRunAt: 2_000 });
const drafted = (lessonId: string, exerciseId: string): ExerciseRecord => ({
  ...emptyRecord(lessonId, exerciseId),
  status: 'attempted',
  draft: { files: [{ name: 'index.html', content: '<p>…</p>' }], savedAt: 1_500 },
});

/** A backup file as the app writes it, for a learner with these records. */
function backup(name: string, id: string, exercises: ExerciseRecord[]): string {
  const profile = { id, name, avatar: 'sun' as const, locale: 'fr', createdAt: 1_000 };
  return serializeProgress({ profile, progress: { exercises, lessons: [] }, quarantine: [] }, 3_000);
}

/** Reads CSV as a spreadsheet would: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\ufeff/, '').split('\r\n').filter(Boolean)) {
    const cells: string[] = [];
    for (const match of line.matchAll(/("((?:[^"]|"")*)"|[^,]*)(,|$)/g)) {
      cells.push(match[2] !== undefined ? match[2].replaceAll('""', '"') : match[1]!);
      if (match[3] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

let browser: Browser;
let folder: string;
beforeAll(async () => {
  browser = await launch();
  folder = mkdtempSync(join(tmpdir(), 'sirius-class-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('three export files give the right table, sortable, and the same CSV; a stray file is refused', async () => {
  const files = {
    // All of the first lesson.
    'amina.sirius.json': backup('Amina', 'p-amina', firstPage.exercises.map((id) => passed(firstPage.id, id))),
    // One exercise of the first lesson passed, a draft in the second.
    'bilal.sirius.json': backup('Bilal', 'p-bilal', [passed(firstPage.id, firstPage.exercises[0]!), drafted(secondPage.id, secondPage.exercises[0]!)]),
    // Two exercises of the back-end track's first lesson.
    'chloe.sirius.json': backup('Chloé', 'p-chloe', [passed(backFirst.id, backFirst.exercises[0]!), passed(backFirst.id, backFirst.exercises[1]!)]),
    'package.json': JSON.stringify({ name: 'not-a-backup', version: '1.0.0' }),
  };
  const paths = Object.entries(files).map(([name, text]) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  });

  const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
  const { page, errors } = await openPage(context);
  await firstVisit(page, appUrl, '#/class');
  await page.getByRole('heading', { level: 1, name: 'Vue de la classe' }).waitFor();
  await page.locator('#class-files').setInputFiles(paths);
  await page.getByText('3 apprenants').waitFor();
  // The refusal speaks to the trainer (no "your progress has not changed": theirs is not at stake).
  const refusal = page.getByRole('alert').filter({ hasText: 'package.json' });
  await refusal.getByText('Ajoute les fichiers de sauvegarde de tes apprenants', { exact: false }).waitFor();
  expect(await refusal.textContent()).not.toContain('Ta progression');

  const lessons = catalog.tracks.flatMap((track) => track.lessons);
  const total = (trackIndex: number) => catalog.tracks[trackIndex]!.lessons.reduce((sum, lesson) => sum + lesson.exercises.length, 0);
  const states = (overrides: Record<string, string>) => lessons.map((lesson) => overrides[lesson.id] ?? 'pas commencé');
  const tracks = (passedPerTrack: number[]) => catalog.tracks.map((_, i) => `${passedPerTrack[i] ?? 0}/${total(i)}`);
  const n = firstPage.exercises.length;
  const expected = {
    Amina: [...states({ [firstPage.id]: 'fini' }), ...tracks([n, 0])],
    Bilal: [...states({ [firstPage.id]: 'commencé', [secondPage.id]: 'commencé' }), ...tracks([1, 0])],
    Chloé: [...states({ [backFirst.id]: 'commencé' }), ...tracks([0, 2])],
  };
  const passedCount = { Amina: n, Bilal: 1, Chloé: 2 };
  const names = ['Amina', 'Bilal', 'Chloé'] as const;

  // What a screen reader says for each cell of a table region: ✓ and · are read as words, "en cours" as it is.
  const readTable = (region: string) =>
    page
      .getByRole('region', { name: region, exact: true })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.querySelector('.visually-hidden') ?? cell).textContent!.replace(/\s+/g, ''))));
  const squash = (text: string) => text.replace(/\s+/g, '');
  const onScreen = { fini: 'fini', commencé: 'encours', 'pas commencé': 'pascommencé' } as Record<string, string>;

  // The summary: passed / total per track, and the total, one row per learner.
  const overview = (name: (typeof names)[number]) => [name, ...tracks([]).map((_, i) => expected[name][lessons.length + i]!), String(passedCount[name])].map(squash);
  expect(await readTable('Résumé par parcours')).toEqual(names.map(overview));
  // One collapsible group per track: a state per lesson, in words for screen readers.
  for (const track of catalog.tracks) {
    const title = localized(track.title, 'fr');
    const columns = track.lessons.map((lesson) => lessons.indexOf(lesson));
    expect(await readTable(title)).toEqual(names.map((name) => [name, ...columns.map((index) => onScreen[expected[name][index]!]!)]));
    const headers = await page.getByRole('region', { name: title, exact: true }).locator('thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['Apprenant', ...track.lessons.map((lesson) => localized(lesson.title, 'fr'))]);
  }
  const firstTrack = localized(frontEnd!.title, 'fr');
  await page.locator('summary').filter({ hasText: firstTrack }).click();
  await page.getByRole('region', { name: firstTrack, exact: true }).waitFor({ state: 'hidden' });
  await page.locator('summary').filter({ hasText: firstTrack }).click();
  await page.getByRole('region', { name: firstTrack, exact: true }).waitFor();

  // Sorted by passed exercises (most first), then back by name: every table follows.
  const learners = async () => (await readTable(firstTrack)).map((cells) => cells[0]);
  await page.getByRole('button', { name: 'Exercices réussis' }).click();
  expect(await learners()).toEqual(['Amina', 'Chloé', 'Bilal']);
  expect((await readTable('Résumé par parcours')).map((cells) => cells[0])).toEqual(['Amina', 'Chloé', 'Bilal']);
  await page.getByRole('button', { name: 'Exercices réussis' }).click();
  expect(await learners()).toEqual(['Bilal', 'Chloé', 'Amina']);
  await page.getByRole('button', { name: 'Apprenant' }).click();
  expect(await learners()).toEqual(['Amina', 'Bilal', 'Chloé']);

  // The CSV: the same content, with a BOM so spreadsheets read the accents.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le tableau (CSV)' }).click()]);
  const csvPath = join(folder, 'class.csv');
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.startsWith('\ufeff')).toBe(true);
  expect(parseCsv(csv)).toEqual([
    ['Apprenant', ...lessons.map((lesson) => localized(lesson.title, 'fr')), ...catalog.tracks.map((track) => track.id)],
    ['Amina', ...expected.Amina],
    ['Bilal', ...expected.Bilal],
    ['Chloé', ...expected.Chloé],
  ]);
  expect(errors).toEqual([]);
  await context.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

for (const locale of ['fr', 'ar']) {
  for (const width of [1280, 360]) {
    test(`a class fits the page at ${width} px in ${locale}: only the tables scroll sideways, names stay in view, axe is clean`, async () => {
      const files = [
        ['amina', firstPage.exercises.map((id) => passed(firstPage.id, id))],
        ['bilal', [passed(firstPage.id, firstPage.exercises[0]!), drafted(secondPage.id, secondPage.exercises[0]!)]],
        ['chloe', [passed(backFirst.id, backFirst.exercises[0]!)]],
      ] as const;
      const paths = files.map(([name, records]) => {
        const path = join(folder, `${name}-${locale}-${width}.sirius.json`);
        writeFileSync(path, backup(`${name[0]!.toUpperCase()}${name.slice(1)}`, `p-${name}`, [...records]));
        return path;
      });
      const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
      const { page, errors } = await openPage(context);
      await openApp(page, `${appUrl}#/class`, locale);
      await page.locator('main h1').waitFor();
      await page.locator('#class-files').setInputFiles(paths);
      const title = localized(frontEnd!.title, locale);
      const region = page.getByRole('region', { name: title, exact: true });
      await region.locator('tbody tr').nth(2).waitFor();

      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      // The track's table is wider than the screen: it scrolls in its own frame, reachable by keyboard.
      expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      expect(await region.getAttribute('tabindex')).toBe('0');
      // Scrolled to the last lesson, the learner's name is still at the start edge of the frame.
      const edges = await region.evaluate((element) => {
        const rtl = getComputedStyle(element).direction === 'rtl';
        element.scrollLeft = rtl ? -element.scrollWidth : element.scrollWidth;
        const frame = element.getBoundingClientRect();
        const name = element.querySelector('tbody th')!.getBoundingClientRect();
        return { rtl, moved: Math.abs(element.scrollLeft), gap: rtl ? frame.right - name.right : name.left - frame.left };
      });
      expect(edges.rtl).toBe(locale === 'ar');
      expect(edges.moved).toBeGreaterThan(0);
      expect(Math.abs(edges.gap)).toBeLessThanOrEqual(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
