import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { translationsPlugin } from '../../src/i18n/vite-plugin.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, launch, openPage } from './support/browser.ts';
import { serveStatic } from './support/server.ts';

// The editor alone, on the harness page (editor-harness/): its keyboard path, its chunking and its
// layout on a phone, in real Chromium, independent of the pages that will host it.
describe.skipIf(!chromiumPath())('the code editor in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let outDir: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'sirius-editor-'));
    await build({
      root: join(import.meta.dirname, 'editor-harness'),
      configFile: false,
      base: './',
      logLevel: 'error',
      plugins: [svelte(), translationsPlugin()],
      build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 1024 },
    });
    ({ url, server } = await serveStatic(outDir));
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
  });

  async function open(query = '', viewport = { width: 1024, height: 768 }) {
    const context = await browser.newContext({ viewport });
    const { page, errors } = await openPage(context);
    await page.goto(`${url}?${query}`);
    await page.getByRole('textbox', { name: 'index.html' }).waitFor();
    return { page, errors, context };
  }
  const focused = (page: Page) =>
    page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || '');

  // Its bytes are measured in the app's own build (lesson-budget.test.ts), where CodeMirror is grouped.
  test('keeps CodeMirror out of the first load', () => {
    const assets = readdirSync(join(outDir, 'assets'));
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const eager = assets.filter((name) => html.includes(name));
    expect(eager.length).toBeGreaterThan(0);
    for (const name of eager) expect(readFileSync(join(outDir, 'assets', name), 'utf8')).not.toContain('cm-content');
    expect(assets.some((name) => name.startsWith('CodeEditor-') && name.endsWith('.js'))).toBe(true);
  });

  test('the keyboard path: in with Tab, type, indent, run, out with Esc then Tab', async () => {
    const { page, errors, context } = await open();
    await page.locator('#before').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('index.html');

    await page.keyboard.press('Control+End');
    await page.keyboard.type('<p>');
    expect(await page.evaluate(() => window.harness.value())).toContain('<p></p>'); // closing tag added
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => window.harness.value())).toMatch(/\n {2}<p><\/p>$/);

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('#runs').textContent()).toBe('1');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('after');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('index.html');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('HTML: completes the elements a list takes, closes tags (also when typed by hand), fetches the JavaScript grammar only for inline script', async () => {
    const { page, errors, context } = await open();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.add(request.url());
    });
    await page.getByRole('textbox', { name: 'index.html' }).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('<ul>');
    await page.keyboard.press('Enter');
    await page.keyboard.type('<l');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => options.allTextContents()).toEqual(['li']);
    // A click: Enter is ignored for a moment after the list opens, so that fast typing never picks by mistake.
    await options.first().click();
    await page.keyboard.type('>Un');
    expect(await page.evaluate(() => window.harness.value())).toMatch(/<ul>\n {2}<li>Un<\/li>\n<\/ul>$/);
    // A closing tag typed by hand takes the place of the one added: no stray </p> left behind.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n<p>Bonjour</p>');
    expect(await page.evaluate(() => window.harness.value())).toMatch(/<\/ul>\n<p>Bonjour<\/p>$/);
    const plain = scripts.size;

    await page.keyboard.press('Control+End');
    await page.keyboard.type('<script>let count = 1;');
    // The grammar arrives, the code inside <script> gets JavaScript colours.
    await expect.poll(() => page.locator('.cm-line .tok-keyword').allTextContents()).toContain('let');
    expect(scripts.size).toBeGreaterThan(plain);
    expect(await page.evaluate(() => window.harness.value())).toMatch(/<script>let count = 1;<\/script>$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('marks a problem and jumps to its line', async () => {
    const { page, errors, context } = await open();
    await page.evaluate(() => window.harness.setProblems([{ line: 2, message: 'h1 is not closed' }]));
    await expect.poll(() => page.locator('.cm-lintRange-error').textContent()).toBe('<h1>Bonjour</h1>');
    await page.locator('.cm-lintRange-error').hover();
    await expect.poll(() => page.locator('.cm-tooltip-lint').textContent()).toContain('h1 is not closed');
    await page.evaluate(() => window.harness.goToLine(2));
    expect(await focused(page)).toBe('index.html');
    expect(await page.locator('.cm-activeLine').textContent()).toBe('<h1>Bonjour</h1>');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('on a 360 px phone in a right-to-left dark page: fits, reads left to right, Arabic comment intact', async () => {
    const { page, errors, context } = await open('dir=rtl&theme=dark', { width: 360, height: 740 });
    const editor = page.locator('.cm-editor');
    expect(await editor.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The comment opener stays at the line's left, the Arabic words after it.
    const line = page.locator('.cm-line').first();
    const [opener, arabic] = await line.evaluate((element) => {
      const text = element.firstChild!.textContent!;
      const box = (from: number, to: number) => {
        const range = document.createRange();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (offset + length > from) {
            range.setStart(node, from - offset);
            range.setEnd(node, Math.min(to - offset, length));
            return range.getBoundingClientRect().left;
          }
          offset += length;
        }
        return Number.NaN;
      };
      return [box(0, 4), box(text.indexOf('ت'), text.indexOf('ت') + 5)];
    });
    expect(opener).toBeLessThan(arabic!);
    // Dark palette applied: light text on a dark ground.
    const [fg, bg] = await editor.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor]);
    expect(fg).toBe('rgb(230, 237, 243)');
    expect(bg).toBe('rgb(24, 27, 33)');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/editor-360-rtl-dark.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
