/**
 * Keystroke-to-paint in the code editor on an old machine: a 300-line file in a lesson's workspace (the
 * draft saving, page weight and everything else a keystroke sets off included), the CPU four times slower
 * (CDP Emulation.setCPUThrottlingRate), next to a plain <textarea> on the same page typed the same way:
 * the floor the browser itself sets.
 */
import type { Browser, Page } from 'playwright-core';
import type { ExerciseKind } from '../src/lessons/types.ts';
import { readLessonTree } from '../src/lessons/tree.ts';
import { chooseLanguage } from '../tests/e2e/support/app.ts';
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
 * Arms one-shot listeners for the next key, then presses it. The time runs from the key event to the first
 * task after the rendering of the frame that follows the key's `input` event: when the letter is in the page
 * and painted. (A frame may come between the keydown and the letter's insertion: timing from the keydown's
 * own frame would miss the work that inserting and showing the letter takes.)
 */
async function keyToPaint(page: Page, key: string): Promise<number> {
  await page.evaluate(() => {
    const target = window as unknown as { keyToPaint?: Promise<number> };
    target.keyToPaint = new Promise((resolve) => {
      let start = 0;
      document.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true, once: true });
      document.addEventListener(
        'input',
        () => {
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

/** The first French exercise of `kind` whose first file is in that language, as `lesson/exercise`. */
function firstExercise(kind: ExerciseKind): { hash: string; exercise: string } {
  for (const lesson of readLessonTree('lessons').lessons.filter((candidate) => candidate.locale === 'fr')) {
    for (const block of lesson.blocks) {
      if (block.type === 'exercise' && block.exercise.kind === kind) return { hash: `#/lesson/${lesson.id}/${block.exercise.id}`, exercise: block.exercise.id };
    }
  }
  throw new Error(`no ${kind} exercise in the lessons`);
}

async function measure(page: Page, appUrl: string, kind: ExerciseKind, file: string) {
  const { hash, exercise } = firstExercise(kind);
  await page.goto(`${appUrl}${hash}`);
  const editor = page.locator(`[id="exercise-${exercise}"] .cm-content`);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(file);
  // The grammar has arrived once the code is coloured; then the cursor goes to the middle of the file.
  await page.locator(`[id="exercise-${exercise}"] .cm-content :is(.tok-keyword, .tok-typeName)`).first().waitFor();
  await page.keyboard.press('Control+Home');
  for (let line = 1; line < LINES / 2; line++) await page.keyboard.press('ArrowDown');
  await page.evaluate((file) => {
    const area = document.createElement('textarea');
    area.id = 'floor';
    area.value = file;
    area.rows = 20;
    document.body.append(area);
    area.setSelectionRange(file.length / 2, file.length / 2);
  }, file);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    // The editor keeps its cursor when it gets the focus back.
    const typed = typist(page, () => editor.focus());
    const floor = typist(page, () => page.locator('#floor').focus());
    return await interleaved({ editor: typed, floor }, KEYSTROKES, 10);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.evaluate(() => document.getElementById('floor')?.remove());
  }
}

export async function editorLatencyRows(browser: Browser, appUrl: string): Promise<BenchRow[]> {
  const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    await chooseLanguage(page, 'fr');
    const rows: BenchRow[] = [];
    for (const [kind, label, file] of [
      ['web', 'HTML', htmlFile(LINES)],
      ['js', 'JavaScript', jsFile(LINES)],
    ] as const) {
      const { editor, floor } = await measure(page, appUrl, kind, file);
      const name = `keystroke to paint, ${LINES}-line ${label} file in a ${kind} exercise, CPU ×${CPU_SLOWDOWN}`;
      rows.push(
        { section: 'editor', name: `${name}: plain textarea on the same page (floor)`, ...floor, unit: 'ms' },
        {
          section: 'editor',
          name: `${name}: code editor`,
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
  }
}
