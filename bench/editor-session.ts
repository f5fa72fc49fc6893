/**
 * A long lesson session, as a learner has one in a class afternoon: every lesson of the curriculum opened
 * one after another in the same tab, an exercise run in each, then the first lesson again. The app must
 * not slow down or hold on to memory: heap growth and the 40th opening against the first, same lesson.
 */
import type { Browser, Page } from 'playwright-core';
import { readLessonTree } from '../src/lessons/tree.ts';
import { chooseLanguage } from '../tests/e2e/support/app.ts';
import { goal, summarize, type BenchRow } from './row.ts';

const OPENINGS = 40;
const MB = 1024 * 1024;
const MAX_GROWTH_MB = 10;
const MAX_SLOWDOWN = 1.2;

interface Stop {
  lesson: string;
  exercise: string;
}

/**
 * The lessons with a code exercise (their first one: a quiz has no editor), in curriculum order, cut or repeated
 * to `count - 1`, then the first again.
 */
function itinerary(count: number): Stop[] {
  const tree = readLessonTree('lessons');
  const order = tree.catalog.tracks.flatMap((track) => track.lessons.map((lesson) => lesson.id));
  const stops: Stop[] = [];
  for (const id of order) {
    const lesson = tree.lessons.find((candidate) => candidate.id === id && candidate.locale === 'fr');
    const block = lesson?.blocks.find((candidate) => candidate.type === 'exercise' && candidate.exercise.kind !== 'quiz');
    if (lesson && block?.type === 'exercise') stops.push({ lesson: lesson.id, exercise: block.exercise.id });
  }
  if (stops.length < 2) throw new Error('the long-session bench needs at least two lessons with an exercise');
  const route = Array.from({ length: count - 1 }, (_, index) => stops[index % stops.length]!);
  return [...route, stops[0]!];
}

/**
 * Opens a lesson at its exercise the way a link does (the hash changes in the same page: the editor loads
 * once the exercise is in view) and returns the milliseconds until that editor is ready for a keystroke.
 */
function open(page: Page, stop: Stop): Promise<number> {
  // Anonymous functions only in here: the bench's TypeScript loader would wrap named ones in a helper the page lacks.
  return page.evaluate(async ({ lesson, exercise }) => {
    const previous = document.querySelector('.exercise');
    const start = performance.now();
    location.hash = `#/lesson/${lesson}/${exercise}`;
    for (;;) {
      const editor = document.querySelector(`[id="exercise-${exercise}"] .cm-content`);
      if (editor && (!previous || !previous.isConnected)) return performance.now() - start;
      if (performance.now() - start > 60_000) throw new Error(`lesson ${lesson}: no editor after 60 s`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, stop);
}

/**
 * Runs the exercise and waits for its verdict, whatever it is (the starter code usually fails its tests), or for
 * the notice of a run that failed outside the sandbox: both end the run, and a busy machine may take minutes.
 */
async function run(page: Page, stop: Stop): Promise<void> {
  const section = page.locator(`[id="exercise-${stop.exercise}"]`);
  await section.locator('button.run').click();
  await section.locator('.summary p:is(.passed, .failed, .error, .timeout), .run-failure').first().waitFor({ timeout: 180_000 });
}

export async function editorSessionRows(browser: Browser, appUrl: string): Promise<BenchRow[]> {
  const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const stops = itinerary(OPENINGS);
    await page.goto(appUrl);
    await chooseLanguage(page, 'fr');
    // Warm-up, not counted: the editor, a grammar and the runner are downloaded once per visit, not per lesson.
    await open(page, stops[1]!);
    await run(page, stops[1]!);

    const times: number[] = [];
    let afterFirst = 0;
    for (const [index, stop] of stops.entries()) {
      times.push(await open(page, stop));
      await run(page, stop);
      if (index === 0) afterFirst = await heap();
    }
    const afterLast = await heap();
    const growth = (afterLast - afterFirst) / MB;
    const first = times[0]!;
    const last = times[times.length - 1]!;
    const all = summarize(times);
    return [
      { section: 'editor', name: `long session: ${OPENINGS} lessons opened and run, each opening until its editor is ready`, ...all, unit: 'ms' },
      { section: 'editor', name: `long session: opening lesson 1 (${stops[0]!.lesson})`, median: first, unit: 'ms' },
      {
        section: 'editor',
        name: `long session: opening lesson ${OPENINGS} (the same lesson again)`,
        median: last,
        unit: 'ms',
        ratio: `${(last / first).toFixed(2)}× lesson 1`,
        target: goal(last / first, MAX_SLOWDOWN, `≤ ${MAX_SLOWDOWN}× lesson 1`),
      },
      { section: 'editor', name: 'long session: JS heap after lesson 1 and its run', median: afterFirst / MB, unit: 'MB' },
      {
        section: 'editor',
        name: `long session: JS heap growth from lesson 1 to lesson ${OPENINGS}`,
        median: growth,
        unit: 'MB',
        target: goal(growth, MAX_GROWTH_MB, `≤ ${MAX_GROWTH_MB} MB`),
      },
    ];
  } finally {
    await context.close();
  }
}
