/**
 * A long lesson session, as a learner has one in a class afternoon: every lesson of the curriculum opened
 * one after another in the same tab, an exercise run in each, then the first lesson again. The app must
 * not slow down or hold on to memory: heap growth, and the 40th opening against the first, same lesson. One
 * opening is a single sample on a machine that may be busy: the first lesson is also opened four more times (from
 * the second one) before the session and after it, and the medians of five are compared.
 */
import type { Browser, Page } from 'playwright-core';
import { readLessonTree } from '../src/lessons/tree.ts';
import { chooseLanguage } from '../tests/e2e/support/app.ts';
import { goal, summarize, type BenchRow } from './row.ts';

const OPENINGS = 40;
const MB = 1024 * 1024;
const MAX_GROWTH_MB = 10;
const MAX_SLOWDOWN = 1.2;
/** Openings of the first lesson compared at each end of the session (the session's own included). */
const SAMPLES = 5;

interface Stop {
  lesson: string;
  exercise: string;
}

/** One opening: wall-clock and main-thread CPU milliseconds until the editor is ready. */
interface Opening {
  wall: number;
  cpu: number;
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
    const hash = `#/lesson/${lesson}/${exercise}`;
    // The same address again changes nothing: the wait below would never end.
    if (location.hash === hash) throw new Error(`lesson ${lesson} is already open`);
    const start = performance.now();
    location.hash = hash;
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
  try {
    await section.locator('.summary p:is(.passed, .failed, .error, .timeout), .run-failure').first().waitFor({ timeout: 180_000 });
  } catch (error) {
    // Say what the learner would see: a run still going, a lost click, or something else.
    const shown = await section.innerText({ timeout: 10_000 }).catch(() => '(unreadable)');
    throw new Error(`${stop.lesson}, ${stop.exercise}: no verdict after 180 s; the exercise shows:\n${shown.slice(-1500)}`, { cause: error });
  }
}

export async function editorSessionRows(browser: Browser, appUrl: string, progress: (step: string) => void): Promise<BenchRow[]> {
  const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    // Main-thread CPU time (thread ticks) besides the wall clock: the work an opening takes, which the other
    // programs of a busy machine do not stretch. The target holds it; the wall-clock ratio is shown beside.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuSeconds = async () => ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN;
    const timed = async (stop: Stop): Promise<Opening> => {
      const before = await cpuSeconds();
      const wall = await open(page, stop);
      return { wall, cpu: ((await cpuSeconds()) - before) * 1000 };
    };
    const stops = itinerary(OPENINGS);
    const [first, second] = [stops[0]!, stops[1]!];
    /** Opens the first lesson `count` more times, each time from the second one; ends where it started. */
    const reopenFirst = async (count: number, from: 'first' | 'second') => {
      const openings: Opening[] = [];
      for (let i = 0; i < count; i++) {
        if (from === 'first') await open(page, second);
        openings.push(await timed(first));
        if (from === 'second') await open(page, second);
      }
      return openings;
    };
    await page.goto(appUrl);
    await chooseLanguage(page, 'fr');
    progress(`long session of ${OPENINGS} lessons`);
    // Warm-up, not counted: the editor, a grammar and the runner are downloaded once per visit, not per lesson.
    await open(page, second);
    await run(page, second);
    const atStart = await reopenFirst(SAMPLES - 1, 'second');

    const session: Opening[] = [];
    let afterFirst = 0;
    for (const [index, stop] of stops.entries()) {
      session.push(await timed(stop));
      await run(page, stop);
      if (index === 0) afterFirst = await heap();
      if ((index + 1) % 10 === 0) progress(`long session: ${index + 1} of ${OPENINGS} lessons opened and run`);
    }
    const afterLast = await heap();
    const atEnd = [session[session.length - 1]!, ...(await reopenFirst(SAMPLES - 1, 'first'))];
    atStart.push(session[0]!);
    const growth = (afterLast - afterFirst) / MB;
    const median = (openings: Opening[], measure: keyof Opening) => summarize(openings.map((opening) => opening[measure])).median;
    const [start, end] = [median(atStart, 'wall'), median(atEnd, 'wall')];
    const [startCpu, endCpu] = [median(atStart, 'cpu'), median(atEnd, 'cpu')];
    return [
      { section: 'editor', name: `long session: ${OPENINGS} lessons opened and run, each opening until its editor is ready`, ...summarize(session.map(({ wall }) => wall)), unit: 'ms' },
      { section: 'editor', name: `long session: opening lesson 1 (${first.lesson}), median of ${SAMPLES} before the session`, median: start, unit: 'ms' },
      {
        section: 'editor',
        name: `long session: opening lesson ${OPENINGS} (the same lesson again), median of ${SAMPLES} after the session`,
        median: end,
        unit: 'ms',
        ratio: `${(end / start).toFixed(2)}× lesson 1`,
      },
      { section: 'editor', name: `long session: main-thread CPU time opening lesson 1, median of ${SAMPLES}`, median: startCpu, unit: 'ms' },
      {
        section: 'editor',
        name: `long session: main-thread CPU time opening lesson ${OPENINGS}, median of ${SAMPLES}`,
        median: endCpu,
        unit: 'ms',
        ratio: `${(endCpu / startCpu).toFixed(2)}× lesson 1`,
        target: goal(endCpu / startCpu, MAX_SLOWDOWN, `≤ ${MAX_SLOWDOWN}× lesson 1`),
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
