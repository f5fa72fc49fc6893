import { createServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import type { ExerciseVerdict } from '../../src/lessons/check.ts';
import { filesFrom, solutionFiles } from '../../src/lessons/exercise-files.ts';
import { compileLesson } from '../../src/lessons/compile.ts';
import { exercisesOf } from '../../src/lessons/exercises-of.ts';
import { compileContext, type LessonTree } from '../../src/lessons/tree.ts';
import { variantFiles } from '../../src/lessons/variants.ts';
import type { Exercise, ExerciseFile, LessonIssue, ParsedExercise, ParsedLesson } from '../../src/lessons/types.ts';
import type { RunResult } from '../../src/runner/types.ts';
import { runnerPlugin } from '../../src/runner/vite-plugin.ts';
import { launch } from './chromium.ts';
import { sandboxKind } from '../../src/kinds/registry.ts';

/**
 * Every lesson compiled as the app compiles it, with the exercises of the lessons `select` keeps, ready to
 * verify. Compile problems of every lesson come back too: links and terms cross lessons.
 */
export function exerciseItems(tree: LessonTree, select: (lesson: ParsedLesson) => boolean = () => true): { items: VerifyItem[]; issues: LessonIssue[] } {
  const items: VerifyItem[] = [];
  const issues: LessonIssue[] = [];
  const context = compileContext(tree);
  for (const lesson of tree.lessons) {
    const compiled = compileLesson(lesson, context);
    issues.push(...compiled.issues);
    if (!select(lesson)) continue;
    // Compiled blocks keep the parsed blocks' order: the n-th compiled exercise is the n-th parsed one.
    const parsed = exercisesOf(lesson);
    const exercises = exercisesOf(compiled.content);
    // Graded kinds (quiz) have no code to run: the parser and the catalog have checked them whole.
    exercises.forEach((exercise, index) => sandboxKind(exercise.kind) && items.push({ lesson, exercise: parsed[index]!, compiled: exercise }));
  }
  return { items, issues };
}

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
    // Chromium keeps a spare renderer process warm and starts another each time one is taken: with a
    // sandbox frame per run that is a process launch per run, for nothing (the kept sandbox process is reused).
    browser = await launch(['--disable-features=SpareRendererForSitePerProcess']);
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
  // A busy machine can push a run past its time limit (the SQL engine compiles on a page's first run): a run
  // that timed out gets one more try, so the report names code that really loops, not a busy moment.
  const steadyRun = async (page: Page, exercise: Exercise, files: ExerciseFile[]): Promise<RunResult> => {
    const first = await run(page, exercise, files);
    return first.status === 'timeout' ? run(page, exercise, files) : first;
  };

  return {
    /** Runs each exercise's starter, solution and variants; verdicts come back in the order given. */
    async verify(items: VerifyItem[], onDone: (done: number) => void = () => {}): Promise<ExerciseVerdict[]> {
      let done = 0;
      const verdicts: ExerciseVerdict[] = new Array(items.length);
      let next = 0;
      await Promise.all(
        pages.map(async (page) => {
          while (next < items.length) {
            const index = next++;
            const item = items[index]!;
            const starter = await steadyRun(page, item.compiled, filesFrom(item.compiled, undefined));
            const solved = solutionFiles(item.compiled);
            const solution = await steadyRun(page, item.compiled, solved);
            const variants = [];
            for (const variant of item.exercise.variants) {
              variants.push({ variant, result: await steadyRun(page, item.compiled, variantFiles(solved, variant)) });
            }
            verdicts[index] = { lesson: item.lesson, exercise: item.exercise, starter, solution, variants };
            onDone(++done);
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
