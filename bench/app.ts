/**
 * The app as a learner meets it, next to a bare Svelte 5 + i18next page built in the same run: bytes per
 * route, load times under a slow phone and network (cold, and warm from the service worker), and the JS
 * heap after many runs.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../scripts/lib/chromium.ts';
import { readLessonTree } from '../src/lessons/tree.ts';
import { buildApp } from '../tests/build/build-app.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';
import { exercise, html, openRunnerSession } from '../tests/e2e/fixtures/runner/session.ts';
import { buildBaseline } from './baseline.ts';
import { RUN_ENDED, routeBytes, type RouteBytes } from './bytes.ts';
import { loadTimes, type LoadTime } from './load.ts';
import { goal, summarize, type BenchRow } from './row.ts';

const LOAD_RUNS = 5;
const HEAP_RUNS = 200;
const KB = 1024;

interface Route {
  name: string;
  hash: string;
  ready: string;
  /** Clicks Run and waits for results, so the runner (and SQLite) count too. */
  run?: boolean;
  /** The route with its exercise's editor: held to the lesson budget (as tests/e2e/lesson-budget.test.ts). */
  editor?: boolean;
  viewport?: { width: number; height: number };
}

/** Routes to measure; exercise kinds the curriculum does not have yet are left out. */
function routes(): Route[] {
  const tree = readLessonTree('lessons');
  const lessons = tree.catalog.tracks.flatMap((track) => track.lessons);
  // In the tracks' order, as a learner meets them (and as tests/e2e/lesson-budget.test.ts measures them).
  const inOrder = lessons.flatMap((entry) => tree.lessons.filter((lesson) => lesson.id === entry.id && lesson.locale === 'fr'));
  const firstOfKind = (kind: string) => {
    for (const lesson of inOrder) {
      for (const block of lesson.blocks) if (block.type === 'exercise' && block.exercise.kind === kind) return `${lesson.id}/${block.exercise.id}`;
    }
    return undefined;
  };
  const first = lessons[0]?.id ?? '';
  const list: Route[] = [
    { name: 'home', hash: '#/', ready: '.track-card' },
    { name: 'track', hash: `#/track/${tree.catalog.tracks[0]?.id}`, ready: '.lessons li' },
    { name: 'lesson, no exercise in view (phone)', hash: `#/lesson/${first}`, ready: 'article.lesson-body', viewport: { width: 360, height: 740 } },
  ];
  for (const kind of ['web', 'js', 'http', 'sql']) {
    const target = firstOfKind(kind);
    if (!target) continue;
    list.push({ name: `lesson with a ${kind} exercise, editor ready`, hash: `#/lesson/${target}`, ready: '.exercise .cm-content', editor: true });
    list.push({ name: `lesson with a ${kind} exercise, after its first run`, hash: `#/lesson/${target}`, ready: RUN_ENDED, run: true });
  }
  return list;
}

const kb = (bytes: number) => bytes / KB;
const sum = (record: Record<string, number>) => Object.values(record).reduce((total, value) => total + value, 0);

async function bytesRows(browser: Browser, app: { url: string; dir: string }, baseline: { url: string; dir: string }): Promise<BenchRow[]> {
  const floor = await routeBytes(browser, baseline.url, baseline.dir, 'baseline', '', 'h1', {});
  const floorGzip = floor.gzip.js + floor.gzip.css;
  const rows: BenchRow[] = [
    { section: 'bytes', name: 'baseline: Svelte 5 + i18next hello world (JS+CSS)', median: kb(floorGzip), unit: 'KB gzip', ratio: `${kb(floor.raw.js + floor.raw.css).toFixed(1)} KB raw` },
  ];
  for (const route of routes()) {
    const measured: RouteBytes = await routeBytes(browser, app.url, app.dir, route.name, route.hash, route.ready, {
      chooseLanguage: 'fr',
      ...(route.viewport ? { viewport: route.viewport } : {}),
      ...(route.run ? { run: true } : {}),
    });
    const code = measured.gzip.js + measured.gzip.css;
    const detail = `JS ${kb(measured.gzip.js).toFixed(1)} · CSS ${kb(measured.gzip.css).toFixed(1)} · wasm ${kb(measured.gzip.wasm).toFixed(1)} · fonts ${kb(measured.gzip.font).toFixed(1)} · raw ${kb(sum(measured.raw)).toFixed(1)} KB`;
    const idle = measured.laterGzip > 0 ? `, then ${kb(measured.laterGzip).toFixed(1)} KB JS+CSS when idle` : '';
    const row: BenchRow = { section: 'bytes', name: `${route.name}: ${detail}`, median: kb(code + measured.gzip.wasm + measured.gzip.font), unit: 'KB gzip', ratio: `${(code / floorGzip).toFixed(2)}× baseline (JS+CSS)${idle}` };
    if (route.name === 'home') {
      row.target = `${goal(code, 60 * KB, '≤ 60 KB')}, ${goal(code / floorGzip, 1.5, '≤ 1.5× baseline')} (${kb(code).toFixed(1)} KB JS+CSS)`;
    }
    if (route.editor) {
      // An HTML file brings CodeMirror's HTML package with CSS and JavaScript inside (tests/e2e/lesson-budget.test.ts).
      const budget = route.name.includes('web') ? 265 : 250;
      row.target = goal(code, budget * KB, `≤ ${budget} KB JS+CSS`) + ` (${kb(code).toFixed(1)} KB)`;
    }
    rows.push(row);
  }
  return rows;
}

async function loadRows(browser: Browser, app: { url: string }, baseline: { url: string }, lessonHash: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const add = (name: string, times: LoadTime[], limit?: number, base?: number) => {
    const fcp = summarize(times.map((time) => time.fcp));
    const usable = summarize(times.map((time) => time.usable));
    rows.push({ section: 'load', name: `${name}: first contentful paint`, ...fcp, unit: 'ms' });
    const row: BenchRow = { section: 'load', name: `${name}: usable`, ...usable, unit: 'ms' };
    if (base) row.ratio = `${(usable.median / base).toFixed(2)}× baseline`;
    if (limit) row.target = goal(usable.median, limit, `≤ ${limit / 1000} s`);
    rows.push(row);
    return usable.median;
  };
  const floor = await loadTimes(browser, baseline.url, 'h1', LOAD_RUNS, { serviceWorker: false });
  const floorCold = add('baseline, cold', floor.cold);
  add('baseline, warm (HTTP cache)', floor.warm);
  const home = await loadTimes(browser, `${app.url}#/`, '.track-card', LOAD_RUNS, { serviceWorker: true, chooseLanguage: 'fr' });
  add('home, cold', home.cold, 2500, floorCold);
  add('home, warm (service worker)', home.warm, 2500);
  const lesson = await loadTimes(browser, `${app.url}${lessonHash}`, '.exercise .cm-content', LOAD_RUNS, { serviceWorker: true, chooseLanguage: 'fr' });
  add('lesson with an exercise, cold', lesson.cold, 4000, floorCold);
  add('lesson with an exercise, warm (service worker)', lesson.warm, 4000);
  return rows;
}

/** JS heap of a page after one run and after 200 more, both after a forced garbage collection. */
async function heapRows(): Promise<BenchRow[]> {
  const session = await openRunnerSession();
  try {
    const cdp = await session.page.context().newCDPSession(session.page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const page = exercise('web', [html('<h1>Bonjour</h1><script>document.title = "ok";</script>')], "test('titre', () => expect(text('h1')).toBe('Bonjour'));");
    await session.run(page);
    const afterOne = await heap();
    for (let run = 0; run < HEAP_RUNS; run++) await session.run(page);
    const afterMany = await heap();
    const growth = (afterMany - afterOne) / (KB * KB);
    return [
      { section: 'memory', name: 'JS heap after 1 run', median: afterOne / (KB * KB), unit: 'MB' },
      { section: 'memory', name: `JS heap growth after ${HEAP_RUNS} more runs`, median: growth, unit: 'MB', target: goal(growth, 5, '≤ 5 MB') },
    ];
  } finally {
    await session.close();
  }
}

export async function appBench(): Promise<BenchRow[]> {
  const work = join(process.cwd(), 'bench', '.work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const build = buildApp();
  if (build.status !== 0) throw new Error(`the app does not build:\n${build.output}`);
  const baselineDir = await buildBaseline(work);
  const app = await serveStatic(build.outDir);
  const baseline = await serveStatic(baselineDir, '/baseline/');
  const browser = await launch();
  try {
    const lesson = routes().find((route) => route.editor && route.name.includes('web'));
    return [
      ...(await bytesRows(browser, { url: app.url, dir: build.outDir }, { url: baseline.url, dir: baselineDir })),
      ...(await loadRows(browser, app, baseline, lesson?.hash ?? '#/')),
      ...(await heapRows()),
    ];
  } finally {
    await browser.close();
    app.server.close();
    baseline.server.close();
    rmSync(build.outDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
