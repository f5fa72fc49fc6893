import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { translationsPlugin } from '../../src/i18n/vite-plugin.ts';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openApp } from './support/app.ts';
import { chromiumPath, launch, openPage } from './support/browser.ts';
import { serveStatic } from './support/server.ts';

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || '');
const focusedIsEditor = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);

/** Holds the editor's chunk on its way until `release` is called: the moment before the editor has loaded. */
async function holdEditorChunk(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/CodeEditor-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

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
    // HTML's complete support (auto-closed tags, completion) follows the first colours: CSS coloured in <style>.
    await page.locator('.cm-content .tok-propertyName').waitFor();
    return { page, errors, context };
  }

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
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('false'); // the Tab switch
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('index.html');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('reachable by Tab before it has loaded: its placeholder takes the focus and hands it to the editor', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    const release = await holdEditorChunk(page);
    await page.goto(url);
    const placeholder = page.getByRole('textbox', { name: 'index.html' });
    await placeholder.waitFor();
    await page.locator('#before').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('index.html');
    expect(await focusedIsEditor(page)).toBe(false);

    release();
    await expect.poll(() => focusedIsEditor(page)).toBe(true);
    expect(await focused(page)).toBe('index.html');
    await page.keyboard.type('x');
    expect(await page.evaluate(() => window.harness.value())).toMatch(/^x/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('with "Tab moves focus" on (Ctrl+M), Tab goes through the page and leaves the code as it was; the choice is kept', async () => {
    const { page, errors, context } = await open();
    const toggle = page.getByRole('button', { name: /Tab déplace le focus/ });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('textbox', { name: 'index.html' }).focus();
    await page.keyboard.press('Control+m');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const before = await page.evaluate(() => window.harness.value());

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('after');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('index.html');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('before');
    expect(await page.evaluate(() => window.harness.value())).toBe(before);

    // Remembered on this device: the next visit starts with it on; the button turns it off again.
    await page.reload();
    await page.locator('.cm-content').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('textbox', { name: 'index.html' }).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Tab');
    expect(await focusedIsEditor(page)).toBe(true);
    expect(await page.evaluate(() => window.harness.value())).not.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('HTML: completes the elements a list takes, closes tags on > and </, colours JavaScript inside <script>', async () => {
    const { page, errors, context } = await open();
    await page.getByRole('textbox', { name: 'index.html' }).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('<ul>');
    await page.keyboard.press('Enter');
    await page.keyboard.type('<l');
    const first = page.locator('.cm-tooltip-autocomplete li').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('li');
    // A click: Enter is ignored for a moment after the list opens, so that fast typing never picks by mistake.
    await first.click();
    await page.keyboard.type('>Un');
    expect(await page.evaluate(() => window.harness.value())).toMatch(/<ul>\n {2}<li>Un<\/li>\n<\/ul>$/);
    // `>` added `</div>`; removed, `</` brings it back with the name of the element still open.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n<div>Bonjour');
    expect(await page.evaluate(() => window.harness.value())).toMatch(/<\/ul>\n<div>Bonjour<\/div>$/);
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.keyboard.type('</');
    expect(await page.evaluate(() => window.harness.value())).toMatch(/<\/ul>\n<div>Bonjour<\/div>$/);

    await page.keyboard.press('Control+End');
    await page.keyboard.type('<script>let count = 1;');
    await expect.poll(() => page.locator('.cm-line .tok-keyword').allTextContents()).toContain('let');
    expect(await page.evaluate(() => window.harness.value())).toContain('<script>let count = 1;');
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

// In the app: the lesson page's own order of focus, from its heading to the first exercise's code.
describe.skipIf(!chromiumPath())('the code editor in a lesson', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('Tab from the lesson heading reaches the first editor, even before it has loaded, and the editor keeps the focus', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', serviceWorkers: 'block' });
    const { page, errors } = await openPage(context);
    const release = await holdEditorChunk(page);
    await openApp(page, `${inject('appUrl')}#/lesson/front-end/first-page`, 'fr');
    const heading = page.getByRole('heading', { level: 1 });
    await heading.focus();
    const label = await page.locator('.exercise').first().getByRole('textbox').first().getAttribute('aria-label');
    expect(label).toBeTruthy();
    // Through the links of the lesson's text, if any, to the code.
    for (let step = 0; step < 40 && (await focused(page)) !== label; step++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(label);
    expect(await focusedIsEditor(page)).toBe(false);

    release();
    await expect.poll(() => focusedIsEditor(page)).toBe(true);
    expect(await focused(page)).toBe(label);
    expect(errors).toEqual([]);
    await context.close();
  });
});
