import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { parseLesson } from '../../src/lessons/parse.ts';
import type { ParsedExercise } from '../../src/lessons/types.ts';
import { chooseLanguage } from './support/app.ts';
import { launch, lessonsRoot, openPage } from './support/browser.ts';

const appUrl = inject('appUrl');
const TRACK = 'front-end';

/** The first lesson of the track with no Tigrinya version, and the languages it exists in (file names). */
function lessonWithoutTigrinya(): { id: string; locales: string[] } {
  const root = join(lessonsRoot(), TRACK);
  const folder = readdirSync(root)
    .filter((name) => /^\d+-/.test(name))
    .sort()
    .find((name) => !existsSync(join(root, name, 'ti.md')));
  if (!folder) throw new Error(`every ${TRACK} lesson exists in Tigrinya: pick a language with a missing lesson for this test`);
  const locales = readdirSync(join(root, folder)).filter((name) => /^[a-z]{2,3}\.md$/.test(name)).map((name) => name.slice(0, -3));
  return { id: `${TRACK}/${folder.replace(/^\d+-/, '')}`, locales };
}

/** The first lesson folder of the track written in Tigrinya. */
function firstTigrinyaFolder(): string | undefined {
  const root = join(lessonsRoot(), TRACK);
  return readdirSync(root).filter((name) => /^\d+-/.test(name)).sort().find((name) => existsSync(join(root, name, 'ti.md')));
}

/** The first code exercise of a lesson folder in one language, as its file writes it. */
function firstCodeExercise(folder: string, locale: string): ParsedExercise {
  const file = join(lessonsRoot(), TRACK, folder, `${locale}.md`);
  const slug = folder.replace(/^\d+-/, '');
  const location = { id: `${TRACK}/${slug}`, track: TRACK, slug, order: Number.parseInt(folder, 10), locale, file };
  const { lesson, issues } = parseLesson(readFileSync(file, 'utf8'), location);
  if (!lesson) throw new Error(`${file}: ${issues.map((issue) => issue.message).join('; ')}`);
  const exercise = lesson.blocks.flatMap((block) => (block.type === 'exercise' && block.exercise.kind !== 'quiz' ? [block.exercise] : []))[0];
  if (!exercise) throw new Error(`${file} has no code exercise`);
  return exercise;
}

/** The names of the `test("…", …)` calls of an exercise, in order: what the results panel lists. */
const testNames = (exercise: ParsedExercise) =>
  [...exercise.tests.matchAll(/\btest\(\s*(["'`])((?:\\.|(?!\1).)*)\1/g)].map((match) => match[2]!.replace(/\\(.)/g, '$1'));

/** Every track's Tigrinya title, as its `track.yaml` gives it. */
function tigrinyaTrackTitles(): string[] {
  return readdirSync(lessonsRoot(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(lessonsRoot(), entry.name, 'track.yaml')))
    .map((entry) => (parse(readFileSync(join(lessonsRoot(), entry.name, 'track.yaml'), 'utf8')) as { title: Record<string, string> }).title.ti ?? '');
}

describe('a Tigrinya learner with English as their second language', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const lesson = lessonWithoutTigrinya();

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ locale: 'ti', viewport: { width: 1100, height: 900 } });
    ({ page, errors } = await openPage(context));
    await page.goto(appUrl);
    await chooseLanguage(page, 'ti');
  });
  afterAll(() => browser?.close());

  test('home shows the track names in Tigrinya', async () => {
    await page.locator('.track-card').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ti');
    const shown = await page.locator('.track-card h3 a').allTextContents();
    expect(shown.map((title) => title.trim()).sort()).toEqual(tigrinyaTrackTitles().sort());
    expect(errors).toEqual([]);
  });

  test('a lesson that exists in Tigrinya shows in Tigrinya, with no notice', async () => {
    const folder = firstTigrinyaFolder();
    expect(folder, `a ${TRACK} lesson in Tigrinya`).toBeDefined();
    await page.goto(`${appUrl}#/lesson/${TRACK}/${folder!.replace(/^\d+-/, '')}`);
    await page.locator('article.lesson-body[lang="ti"]').waitFor();
    expect(await page.locator('h1').getAttribute('lang')).toBeNull();
    expect(await page.locator('.lesson-languages').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('running an exercise of that lesson lists the Tigrinya test names written in ti.md', async () => {
    const folder = firstTigrinyaFolder()!;
    const exercise = firstCodeExercise(folder, 'ti');
    const names = testNames(exercise);
    // The check means something only if the Tigrinya names differ from the French ones.
    expect(names.length).toBeGreaterThan(0);
    const french = testNames(firstCodeExercise(folder, 'fr'));
    expect(names.filter((name) => french.includes(name))).toEqual([]);

    await page.goto(`${appUrl}#/lesson/${TRACK}/${folder.replace(/^\d+-/, '')}/${exercise.id}`);
    const section = page.locator(`#exercise-${exercise.id}`);
    await section.locator('.cm-content').waitFor();
    await section.locator('.run-bar button.run').click();
    const shown = section.locator('.tests li .name span[dir="auto"]');
    await expect.poll(() => shown.count()).toBe(names.length);
    expect((await shown.allTextContents()).map((name) => name.trim())).toEqual(names);
    expect(errors).toEqual([]);
  });

  test('a lesson not in Tigrinya opens in the second language chosen in Settings; its notice links the others', async () => {
    expect(lesson.locales).toContain('en');
    await page.goto(`${appUrl}#/settings`);
    const second = page.locator('#settings-second-language');
    // French until the learner chooses.
    expect(await second.inputValue()).toBe('fr');
    await second.selectOption('en');

    await page.goto(`${appUrl}#/lesson/${lesson.id}`);
    await page.locator('article.lesson-body[lang="en"]').waitFor();
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    const notice = page.locator('.lesson-languages');
    // The notice speaks Tigrinya and names every language the lesson exists in, each a link to it.
    expect(await notice.getAttribute('lang')).toBeNull();
    const links = notice.locator('a');
    expect((await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('lang')))).sort()).toEqual([...lesson.locales].sort());
    expect(await notice.locator('a[aria-current="page"]').getAttribute('lang')).toBe('en');
    expect(await page.locator('#lesson-second-language').inputValue()).toBe('en');

    // Choosing another language's link opens the lesson in it; the learner's choice stays English.
    const other = lesson.locales.find((locale) => locale !== 'en' && locale !== 'fr') ?? 'fr';
    await notice.locator(`a[lang="${other}"]`).click();
    await page.locator(`article.lesson-body[lang="${other}"]`).waitFor();
    expect(page.url()).toContain(`?lang=${other}`);
    expect(await page.locator('.lesson-languages a[aria-current="page"]').getAttribute('lang')).toBe(other);
    expect(await page.locator('#lesson-second-language').inputValue()).toBe('en');
    expect(errors).toEqual([]);
  });

  test('the choice is kept with the profile: after a reload the lesson opens in English again', async () => {
    await page.goto(`${appUrl}#/lesson/${lesson.id}`);
    await page.reload();
    await page.locator('article.lesson-body[lang="en"]').waitFor();
    expect(await page.locator('#lesson-second-language').inputValue()).toBe('en');
    expect(errors).toEqual([]);
  });
});
