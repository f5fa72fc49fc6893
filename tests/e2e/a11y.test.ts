import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { readLessonTree } from '../../src/lessons/tree.ts';
import { launch, lessonsRoot } from './support/browser.ts';

const appUrl = inject('appUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { catalog } = readLessonTree(lessonsRoot());
const track = catalog.tracks[0]!;
const lesson = track.lessons.find((candidate) => candidate.exercises.length > 0)!;

const PAGES = {
  home: '#/',
  track: `#/track/${track.id}`,
  lesson: `#/lesson/${lesson.id}`,
  settings: '#/settings',
};
// Arabic once its translation is there: right-to-left must be as accessible as left-to-right.
const LOCALES = ['fr', ...LANGUAGES.filter((language) => language.code === 'ar').map((language) => language.code)];

async function violations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  for (const locale of LOCALES) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${Object.keys(PAGES).join(', ')} in ${locale}, ${scheme} theme`, async () => {
        const context = await browser.newContext({ locale, colorScheme: scheme });
        const page = await context.newPage();
        const found: Record<string, string[]> = {};
        for (const [name, hash] of Object.entries(PAGES)) {
          await page.goto(`${appUrl}${hash}`);
          await page.locator('main h1').waitFor();
          if (name === 'lesson') await page.locator('.exercise .cm-content').first().waitFor();
          await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
          const list = await violations(page);
          if (list.length > 0) found[name] = list;
        }
        expect(found).toEqual({});
        await context.close();
      });
    }
  }
});
