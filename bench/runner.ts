/**
 * Runner section: Run→results for a typical web and js exercise in real Chromium, next to the floor
 * the browser sets — a bare sandboxed srcdoc iframe round trip and a bare Worker round trip — measured
 * in the same page and the same session.
 */
import type { Page } from 'playwright-core';
import type { Exercise } from '../src/lessons/types.ts';
import { exercise, html, css, js, openRunnerSession } from '../tests/e2e/fixtures/runner/session.ts';
import { summarize, type BenchRow } from './row.ts';

const RUNS = 40;
const WARM_UP = 5;

const typicalWeb = exercise('web', [
  html('<!DOCTYPE html>\n<html lang="fr">\n<head><link rel="stylesheet" href="style.css"></head>\n<body>\n  <h1>Boulangerie du Marché</h1>\n  <p class="hours">Ouvert de 7 h à 19 h</p>\n  <button id="order">Commander</button>\n  <script src="script.js"></script>\n</body>\n</html>'),
  css('h1 { color: #8b4513; }\n.hours { font-style: italic; }'),
  js('script.js', "const button = document.querySelector('#order');\nlet count = 0;\nbutton.addEventListener('click', () => {\n  count++;\n  button.textContent = `Commander (${count})`;\n});"),
], "test('le titre', () => expect(text('h1')).toBe('Boulangerie du Marché'));\ntest('la couleur', () => expect(style('h1', 'color')).toBe('rgb(139, 69, 19)'));\ntest('le bouton compte', () => {\n  $('#order').click();\n  expect(text('#order')).toBe('Commander (1)');\n});");

const typicalJs = exercise('js', [
  js('cart.js', "import { round } from './utils.js';\nexport function total(items) {\n  let sum = 0;\n  for (const item of items) sum += item.price * item.quantity;\n  return round(sum);\n}"),
  js('utils.js', 'export const round = (value) => Math.round(value * 100) / 100;'),
], "import { total } from './cart.js';\ntest('panier vide', () => expect(total([])).toBe(0));\ntest('deux articles', () => expect(total([{ price: 1.1, quantity: 2 }, { price: 3, quantity: 1 }])).toBe(5.2));");

/** Milliseconds for each of `count` runs of `exercise`. */
function timeRuns(page: Page, target: Exercise, count: number): Promise<number[]> {
  return page.evaluate(async ([target, count]) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const result = await window.runner.run(target, target.starter);
      if (result.status !== 'passed') throw new Error(`bench exercise did not pass: ${JSON.stringify(result.problems)}`);
      times.push(performance.now() - start);
    }
    return times;
  }, [target, count] as const);
}

/** The floor: a sandboxed srcdoc frame that posts one message, created and removed each time. */
function timeBareFrames(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.srcdoc = "<script>parent.postMessage('done', '*')</script>";
      // No named function in here: tsx would wrap it in a helper the page does not have.
      const listening = new AbortController();
      await new Promise<void>((resolve) => {
        window.addEventListener('message', (event) => {
          if (event.source !== frame.contentWindow) return;
          listening.abort();
          resolve();
        }, { signal: listening.signal });
        document.body.append(frame);
      });
      frame.remove();
      times.push(performance.now() - start);
    }
    return times;
  }, count);
}

/** The floor: a Worker that posts one message, created and terminated each time. */
export function timeBareWorkers(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const url = URL.createObjectURL(new Blob(["postMessage('done')"], { type: 'text/javascript' }));
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const worker = new Worker(url);
      await new Promise((resolve) => { worker.onmessage = resolve; });
      worker.terminate();
      times.push(performance.now() - start);
    }
    URL.revokeObjectURL(url);
    return times;
  }, count);
}

export async function runnerBench(): Promise<BenchRow[]> {
  const session = await openRunnerSession();
  try {
    const { page } = session;
    const timers = {
      frame: (count: number) => timeBareFrames(page, count),
      worker: (count: number) => timeBareWorkers(page, count),
      web: (count: number) => timeRuns(page, typicalWeb, count),
      module: (count: number) => timeRuns(page, typicalJs, count),
    };
    const samples: Record<keyof typeof timers, number[]> = { frame: [], worker: [], web: [], module: [] };
    for (const timer of Object.values(timers)) await timer(WARM_UP);
    // Interleaved, one of each per round, so that every measure sees the same machine conditions.
    for (let round = 0; round < RUNS; round++) {
      for (const [name, timer] of Object.entries(timers) as [keyof typeof timers, (count: number) => Promise<number[]>][]) {
        samples[name].push(...(await timer(1)));
      }
    }
    const [frame, worker, web, module] = [samples.frame, samples.worker, samples.web, samples.module].map(summarize) as [ReturnType<typeof summarize>, ReturnType<typeof summarize>, ReturnType<typeof summarize>, ReturnType<typeof summarize>];
    const ratio = (value: number, base: number, name: string) => `${(value / base).toFixed(2)}× ${name}`;
    const row = (name: string, stats: { median: number; p95: number }, ratioText?: string): BenchRow =>
      ({ section: 'runner', name, ...stats, unit: 'ms', ...(ratioText ? { ratio: ratioText } : {}) });
    return [
      row('bare srcdoc iframe round trip', frame),
      row('web exercise Run→results', web, ratio(web.median, frame.median, 'bare iframe')),
      row('bare Worker round trip', worker),
      row('js exercise Run→results', module, ratio(module.median, worker.median, 'bare Worker')),
    ];
  } finally {
    await session.close();
  }
}
