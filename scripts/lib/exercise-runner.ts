import { createServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import type { ExerciseVerdict } from '../../src/lessons/check.ts';
import { filesFrom, solutionFiles } from '../../src/lessons/exercise-files.ts';
import type { Exercise, ExerciseFile, ParsedExercise, ParsedLesson } from '../../src/lessons/types.ts';
import type { RunResult } from '../../src/runner/types.ts';
import { runnerPlugin } from '../../src/runner/vite-plugin.ts';
import { launch } from './chromium.ts';

export interface VerifyItem {
  lesson: ParsedLesson;
  exercise: ParsedExercise;
  compiled: Exercise;
}

/**
 * Real Chromium pages running the app's own runner (served by Vite from source), for the lesson checker and
 * the benchmark. Pages work in parallel; each runs its share of exercises one after another.
 */
export async function startExerciseRunner({ jobs }: { jobs: number }) {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    plugins: [runnerPlugin()],
    server: { port: 0, host: '127.0.0.1' },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/scripts/lib/harness.html`;
  let browser: Browser | undefined;
  try {
    browser = await launch();
  } catch (error) {
    await server.close();
    throw error;
  }
  const opened: Browser = browser;
  const pages: Page[] = await Promise.all(
    Array.from({ length: Math.max(1, jobs) }, async () => {
      const page = await opened.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      return page;
    }),
  );

  const run = (page: Page, exercise: Exercise, files: ExerciseFile[]): Promise<RunResult> =>
    page.evaluate(([e, f]) => window.siriusRun(e, f), [exercise, files] as const);

  return {
    /** Runs each exercise's starter and solution; verdicts come back in the order given. */
    async verify(items: VerifyItem[]): Promise<ExerciseVerdict[]> {
      const verdicts: ExerciseVerdict[] = new Array(items.length);
      let next = 0;
      await Promise.all(
        pages.map(async (page) => {
          while (next < items.length) {
            const index = next++;
            const item = items[index]!;
            const starter = await run(page, item.compiled, filesFrom(item.compiled, undefined));
            const solution = await run(page, item.compiled, solutionFiles(item.compiled));
            verdicts[index] = { lesson: item.lesson, exercise: item.exercise, starter, solution };
          }
        }),
      );
      return verdicts;
    },
    /** One run on the first page, for the benchmark. */
    run: (exercise: Exercise, files: ExerciseFile[]) => run(pages[0]!, exercise, files),
    async close() {
      await opened.close();
      await server.close();
    },
  };
}
