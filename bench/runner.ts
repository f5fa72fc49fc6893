/**
 * Runner section: Run→results for a typical web and js exercise in real Chromium, next to the floor
 * the browser sets — a bare sandboxed srcdoc iframe round trip and a bare Worker round trip — measured
 * in the same page and the same session; then loop-heavy code guarded vs unguarded (loops.ts).
 */
import type { Page } from 'playwright-core';
import { exercise, html, css, js, openRunnerSession } from '../tests/e2e/fixtures/runner/session.ts';
import { loopBench } from './loops.ts';
import type { BenchRow } from './row.ts';
import { interleaved, timeBareWorkers, timeRuns } from './timing.ts';

const typicalWeb = exercise('web', [
  html('<!DOCTYPE html>\n<html lang="fr">\n<head><link rel="stylesheet" href="style.css"></head>\n<body>\n  <h1>Boulangerie du Marché</h1>\n  <p class="hours">Ouvert de 7 h à 19 h</p>\n  <button id="order">Commander</button>\n  <script src="script.js"></script>\n</body>\n</html>'),
  css('h1 { color: #8b4513; }\n.hours { font-style: italic; }'),
  js('script.js', "const button = document.querySelector('#order');\nlet count = 0;\nbutton.addEventListener('click', () => {\n  count++;\n  button.textContent = `Commander (${count})`;\n});"),
], "test('le titre', () => expect(text('h1')).toBe('Boulangerie du Marché'));\ntest('la couleur', () => expect(style('h1', 'color')).toBe('rgb(139, 69, 19)'));\ntest('le bouton compte', () => {\n  $('#order').click();\n  expect(text('#order')).toBe('Commander (1)');\n});");

const typicalJs = exercise('js', [
  js('cart.js', "import { round } from './utils.js';\nexport function total(items) {\n  let sum = 0;\n  for (const item of items) sum += item.price * item.quantity;\n  return round(sum);\n}"),
  js('utils.js', 'export const round = (value) => Math.round(value * 100) / 100;'),
], "import { total } from './cart.js';\ntest('panier vide', () => expect(total([])).toBe(0));\ntest('deux articles', () => expect(total([{ price: 1.1, quantity: 2 }, { price: 3, quantity: 1 }])).toBe(5.2));");

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

export async function runnerBench(): Promise<BenchRow[]> {
  const session = await openRunnerSession();
  try {
    const { page } = session;
    const { frame, worker, web, module } = await interleaved({
      frame: (count) => timeBareFrames(page, count),
      worker: (count) => timeBareWorkers(page, count),
      web: (count) => timeRuns(page, typicalWeb, count),
      module: (count) => timeRuns(page, typicalJs, count),
    });
    const ratio = (value: number, base: number, name: string) => `${(value / base).toFixed(2)}× ${name}`;
    const row = (name: string, stats: { median: number; p95: number }, ratioText?: string): BenchRow =>
      ({ section: 'runner', name, ...stats, unit: 'ms', ...(ratioText ? { ratio: ratioText } : {}) });
    return [
      ...await loopBench(page),
      row('bare srcdoc iframe round trip', frame),
      row('web exercise Run→results', web, ratio(web.median, frame.median, 'bare iframe')),
      row('bare Worker round trip', worker),
      row('js exercise Run→results', module, ratio(module.median, worker.median, 'bare Worker')),
    ];
  } finally {
    await session.close();
  }
}
