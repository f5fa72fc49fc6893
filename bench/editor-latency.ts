/**
 * Keystroke-to-paint in the code editor on an old machine: a 300-line file, the CPU four times slower
 * (CDP Emulation.setCPUThrottlingRate), next to a plain <textarea> on the same page typed the same way:
 * the floor the browser itself sets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CodeLanguage } from '../src/lessons/types.ts';
import { buildEditorHarness } from '../tests/e2e/editor-harness/build.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';
import { goal, type BenchRow } from './row.ts';
import { interleaved } from './timing.ts';

const LINES = 300;
const CPU_SLOWDOWN = 4;
const KEYSTROKES = 60;
/** One frame at 60 Hz: a key whose letter shows later than this is felt as lag. */
const TARGET_P95_MS = 16;

/** A 300-line page as lessons have them: head, a style block, sections of headings, text, lists and links. */
export function htmlFile(lines: number): string {
  const head = ['<!doctype html>', '<html lang="fr">', '<head>', '  <meta charset="utf-8">', '  <title>Mon portfolio</title>', '  <style>', '    body { font-family: sans-serif; margin: 0 auto; max-width: 40rem; }', '    h2 { color: #1d3f72; }', '  </style>', '</head>', '<body>'];
  const body: string[] = [];
  for (let section = 1; body.length < lines - head.length - 2; section++) {
    body.push(`  <section id="partie-${section}">`, `    <h2>Partie ${section}</h2>`, `    <p>Voici le texte de la partie ${section}, avec <a href="#partie-${section + 1}">un lien</a> vers la suite.</p>`);
    body.push('    <ul>', `      <li>Premier point de la partie ${section}</li>`, `      <li>Deuxième point, <strong>important</strong></li>`, '    </ul>', '  </section>');
  }
  return [...head, ...body.slice(0, lines - head.length - 2), '</body>', '</html>'].join('\n');
}

/** A 300-line script as lessons have them: functions, loops, objects and calls. */
export function jsFile(lines: number): string {
  const out: string[] = [];
  for (let block = 1; out.length < lines; block++) {
    out.push(`// Étape ${block}`, `function total${block}(prices) {`, '  let sum = 0;', '  for (const price of prices) {', '    if (price > 0) sum += price;', '  }', '  return sum;', '}');
    out.push(`const basket${block} = { name: 'panier ${block}', prices: [${block}, ${block * 2}, ${block * 3}] };`, `console.log(total${block}(basket${block}.prices));`, '');
  }
  return out.slice(0, lines).join('\n');
}

/**
 * Arms a one-shot listener for the next key, then presses it. The time runs from the key event to the
 * first task after the next frame's rendering: when the letter is on screen.
 */
async function keyToPaint(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const target = window as unknown as { keyToPaint?: Promise<number> };
    target.keyToPaint = new Promise((resolve) => {
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => {
            const after = new MessageChannel();
            after.port1.onmessage = () => resolve(performance.now() - start);
            after.port2.postMessage(undefined);
          });
        },
        { capture: true, once: true },
      );
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { keyToPaint: Promise<number> }).keyToPaint);
}

/** Types a word then a space, over and over, as a learner writes prose or code. */
function typist(page: Page, focus: () => Promise<void>) {
  const keys = [...'bonjour', 'Space'];
  let typed = 0;
  return async (count: number) => {
    await focus();
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(await keyToPaint(page, keys[typed++ % keys.length]!));
    return times;
  };
}

async function measure(page: Page, language: CodeLanguage, label: string, file: string) {
  await page.evaluate(([label, language, file]) => window.harness.open(label, language, file), [label, language, file] as const);
  // The grammar has arrived once the middle of the file is coloured.
  await page.locator('.cm-content .tok-keyword, .cm-content .tok-typeName').first().waitFor();
  const middle = Math.round(LINES / 2);
  await page.evaluate(
    ([file, middle]) => {
      const area = document.createElement('textarea');
      area.id = 'floor';
      area.value = file;
      area.rows = 20;
      document.body.append(area);
      const at = file.split('\n').slice(0, middle).join('\n').length;
      area.setSelectionRange(at, at);
    },
    [file, middle] as const,
  );
  const editor = typist(page, () => page.evaluate((line) => window.harness.goToLine(line), middle));
  const floor = typist(page, () => page.locator('#floor').focus());
  const result = await interleaved({ editor, floor }, KEYSTROKES, 10);
  await page.evaluate(() => document.getElementById('floor')?.remove());
  return result;
}

export async function editorLatencyRows(browser: Browser): Promise<BenchRow[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'sirius-editor-bench-'));
  await buildEditorHarness(outDir);
  const { url, server } = await serveStatic(outDir);
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.cm-content').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const rows: BenchRow[] = [];
    for (const [language, label, file] of [
      ['html', 'index.html', htmlFile(LINES)],
      ['js', 'main.js', jsFile(LINES)],
    ] as const) {
      const { editor, floor } = await measure(page, language, label, file);
      rows.push(
        { section: 'editor', name: `keystroke to paint, ${LINES}-line ${label}, CPU ×${CPU_SLOWDOWN}: plain textarea (floor)`, ...floor, unit: 'ms' },
        {
          section: 'editor',
          name: `keystroke to paint, ${LINES}-line ${label}, CPU ×${CPU_SLOWDOWN}: code editor`,
          ...editor,
          unit: 'ms',
          ratio: `${(editor.median / floor.median).toFixed(2)}× textarea`,
          target: goal(editor.p95, TARGET_P95_MS, `p95 ≤ ${TARGET_P95_MS} ms`),
        },
      );
    }
    return rows;
  } finally {
    await context.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
