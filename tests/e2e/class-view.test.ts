/** The trainer's class view: three learners' backup files in, the right table and CSV out. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { localized } from '../../src/lessons/library.ts';
import { emptyRecord } from '../../src/progress/exercise-record.ts';
import { serializeProgress } from '../../src/progress/export-file.ts';
import type { ExerciseRecord } from '../../src/progress/types.ts';
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
  await page.getByRole('alert').filter({ hasText: 'package.json' }).getByText('Ce fichier ne vient pas de Sirius Learn', { exact: false }).waitFor();

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

  // The table on screen: one row per learner, a state per lesson (said in words), passed / total per track.
  const readTable = () =>
    page.locator('table tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.querySelector('.visually-hidden') ?? cell).textContent!.replace(/\s+/g, '').trim())),
    );
  const squash = (text: string) => text.replace(/\s+/g, '');
  const row = (name: keyof typeof expected) => [name, ...expected[name], String(passedCount[name])].map(squash);
  expect(await readTable()).toEqual([row('Amina'), row('Bilal'), row('Chloé')]);
  const headers = await page.locator('table thead th').allTextContents();
  expect(headers.map((h) => h.trim())).toEqual([
    'Apprenant',
    ...lessons.map((lesson) => localized(lesson.title, 'fr')),
    ...catalog.tracks.map((track) => localized(track.title, 'fr')),
    'Exercices réussis',
  ]);

  // Sorted by passed exercises (most first), then back by name.
  await page.getByRole('button', { name: 'Exercices réussis' }).click();
  expect((await readTable()).map((cells) => cells[0])).toEqual(['Amina', 'Chloé', 'Bilal']);
  await page.getByRole('button', { name: 'Exercices réussis' }).click();
  expect((await readTable()).map((cells) => cells[0])).toEqual(['Bilal', 'Chloé', 'Amina']);
  await page.getByRole('button', { name: 'Apprenant' }).click();
  expect((await readTable()).map((cells) => cells[0])).toEqual(['Amina', 'Bilal', 'Chloé']);

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
