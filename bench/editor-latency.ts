/**
 * Keystroke-to-paint in the code editor on an old machine: a 300-line file in a lesson's workspace (draft
 * saving, page weight and everything else a keystroke sets off included), the CPU four times slower (CDP
 * Emulation.setCPUThrottlingRate). Next to it, typed the same way in the same rounds: a bare CodeMirror
 * EditorView and the app's editor setup alone, on a page with nothing else (editor-floor/): what CodeMirror
 * costs, what the app's extensions add, and what the lesson around them adds.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import type { ExerciseKind } from '../src/lessons/types.ts';
import { readLessonTree } from '../src/lessons/tree.ts';
import { chooseLanguage } from '../tests/e2e/support/app.ts';
import { cutAtLine, htmlFile, jsFile } from './editor-files.ts';
import { goal, type BenchRow } from './row.ts';
import { interleaved } from './timing.ts';

const LINES = 300;
const CPU_SLOWDOWN = 4;
const KEYSTROKES = 40;
const WARM_UP = 5;
/** One frame at 60 Hz: a key whose letter shows later than this is felt as lag. */
const TARGET_P95_MS = 16;
/** A key whose letter never shows (the focus lost) fails the bench instead of holding it forever. */
const KEY_TIMEOUT_MS = 60_000;

declare global {
  interface Window {
    /** Keystroke-to-paint times on this page (see `recordKeys`). */
    keyTimes?: {
      /** How many keys have been timed so far. */
      count(): number;
      /** Waits for the time of the `nth` key timed (1-based). */
      nth(nth: number, timeoutMs: number): Promise<number>;
    };
    editorFloor: { show(which: 'bare' | 'setup', text: string, language: 'html' | 'js', cursor: number): void };
  }
}

/**
 * Starts timing every keystroke on the page, once: from the key event to the first task after the rendering
 * of the frame that follows the key's `input` event, when the letter is in the page and painted. (A frame
 * may come between the keydown and the letter's insertion: timing from the keydown's own frame would miss
 * the work that inserting and showing the letter takes.) One recorder for the whole run: a key costs the
 * bench one round trip to the page besides the key itself. Returns the page's key counter.
 */
async function recordKeys(page: Page): Promise<{ typed: number }> {
  // Anonymous functions only in here: the bench's TypeScript loader would wrap named ones in a helper the page lacks.
  const typed = await page.evaluate(() => {
    if (!window.keyTimes) {
      const samples: number[] = [];
      const waiting = new Map<number, (time: number) => void>();
      let start: number | undefined;
      document.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true });
      document.addEventListener(
        'input',
        () => {
          if (start === undefined) return;
          const from = start;
          start = undefined;
          requestAnimationFrame(() => {
            const after = new MessageChannel();
            after.port1.onmessage = () => {
              samples.push(performance.now() - from);
              waiting.get(samples.length)?.(samples[samples.length - 1]!);
            };
            after.port2.postMessage(undefined);
          });
        },
        { capture: true },
      );
      // Assigned one by one, not in an object literal: the loader would name (wrap) the functions of a literal.
      const keyTimes = {} as NonNullable<Window['keyTimes']>;
      keyTimes.count = () => samples.length;
      keyTimes.nth = (nth, timeoutMs) =>
        nth <= samples.length
          ? Promise.resolve(samples[nth - 1]!)
          : new Promise((resolve, reject) => {
              const timer = setTimeout(() => reject(new Error(`keystroke ${nth}: no letter shown after ${timeoutMs} ms`)), timeoutMs);
              waiting.set(nth, (time) => {
                clearTimeout(timer);
                resolve(time);
              });
            });
      window.keyTimes = keyTimes;
    }
    return window.keyTimes.count();
  });
  return { typed };
}

/** Types a word then a space, over and over, as a learner writes prose or code, into the editor `focus` focuses. */
function typist(page: Page, keys: { typed: number }, focus: () => Promise<void>) {
  const word = [...'bonjour', 'Space'];
  let typed = 0;
  return async (count: number) => {
    await focus();
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      await page.keyboard.press(word[typed++ % word.length]!);
      const nth = ++keys.typed;
      times.push(await page.evaluate(([nth, timeout]) => window.keyTimes!.nth(nth, timeout), [nth, KEY_TIMEOUT_MS] as const));
    }
    return times;
  };
}

/** The first French exercise of `kind`, as its route and its id. */
function firstExercise(kind: ExerciseKind): { hash: string; exercise: string } {
  for (const lesson of readLessonTree('lessons').lessons.filter((candidate) => candidate.locale === 'fr')) {
    for (const block of lesson.blocks) {
      if (block.type === 'exercise' && block.exercise.kind === kind) return { hash: `#/lesson/${lesson.id}/${block.exercise.id}`, exercise: block.exercise.id };
    }
  }
  throw new Error(`no ${kind} exercise in the lessons`);
}

/**
 * Puts `file` in the exercise's editor as a learner's own text, with the cursor at its middle line, and
 * waits until the editor shows it coloured by the complete language support (`colouredBy`).
 */
async function fillLessonEditor(page: Page, appUrl: string, kind: ExerciseKind, file: string, colouredBy: string) {
  const { hash, exercise } = firstExercise(kind);
  await page.goto(`${appUrl}${hash}`);
  const editor = page.locator(`[id="exercise-${exercise}"] .cm-content`);
  const { before, after } = cutAtLine(file, LINES / 2 + 1);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(after);
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText(before);
  await editor.locator(colouredBy).first().waitFor({ timeout: 120_000 });
  return editor;
}

/** Slows the page's CPU down until the returned function is called (the throttling lasts while its CDP session does). */
async function throttle(page: Page, rate: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return () => cdp.detach();
}

type Floor = 'bare' | 'setup';

async function measure(pages: { lesson: Page } & Record<Floor, Page>, appUrl: string, kind: ExerciseKind, file: string) {
  // HTML: CSS in a style attribute is coloured by the complete support only (the first one colours tags alone).
  const colouredBy = kind === 'web' ? '.tok-propertyName' : '.tok-keyword';
  const lesson = await fillLessonEditor(pages.lesson, appUrl, kind, file, colouredBy);
  const cursor = cutAtLine(file, LINES / 2 + 1).before.length;
  const floors = {} as Record<Floor, Locator>;
  for (const which of ['bare', 'setup'] as const) {
    await pages[which].evaluate(([which, file, language, cursor]) => window.editorFloor.show(which, file, language, cursor), [which, file, kind === 'web' ? 'html' : 'js', cursor] as const);
    floors[which] = pages[which].locator('#editor .cm-content');
    await floors[which].locator(colouredBy).first().waitFor({ timeout: 120_000 });
  }
  const all = Object.values(pages);
  const releases = await Promise.all(all.map((page) => throttle(page, CPU_SLOWDOWN)));
  try {
    // Each editor keeps the focus of its page: only the typing differs between them.
    const typistOf = async (page: Page, editor: Locator) => typist(page, await recordKeys(page), () => editor.focus());
    return await interleaved(
      {
        bare: await typistOf(pages.bare, floors.bare),
        setup: await typistOf(pages.setup, floors.setup),
        lesson: await typistOf(pages.lesson, lesson),
      },
      KEYSTROKES,
      WARM_UP,
    );
  } finally {
    await Promise.all(releases.map((release) => release()));
  }
}

export async function editorLatencyRows(browser: Browser, appUrl: string, floorUrl: string, progress: (step: string) => void): Promise<BenchRow[]> {
  const options = { locale: 'fr-BE', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' } as const;
  // One context per editor, not pages of one context nor editors of one page: a page typed into after another
  // page of its context answers its own keys about five times slower (measured), and an editor given the focus
  // back pays for it on its next key. Either would be the bench's doing, not the editor's.
  const contexts = [await browser.newContext(options), await browser.newContext(options), await browser.newContext(options)] as const;
  try {
    const [lesson, bare, setup] = await Promise.all(contexts.map((context) => context.newPage()));
    await lesson!.goto(appUrl);
    await chooseLanguage(lesson!, 'fr');
    for (const floor of [bare!, setup!]) {
      await floor.goto(floorUrl);
      await floor.waitForFunction(() => window.editorFloor !== undefined);
    }
    const pages = { lesson: lesson!, bare: bare!, setup: setup! };
    const rows: BenchRow[] = [];
    for (const [kind, label, file] of [
      ['web', 'HTML', htmlFile(LINES)],
      ['js', 'JavaScript', jsFile(LINES)],
    ] as const) {
      progress(`keystroke to paint in a ${label} file`);
      const { bare, setup, lesson } = await measure(pages, appUrl, kind, file);
      const name = `keystroke to paint, ${LINES}-line ${label} file, CPU ×${CPU_SLOWDOWN}`;
      const times = (row: { median: number }, base: { median: number }, what: string) => `${(row.median / base.median).toFixed(2)}× ${what}`;
      rows.push(
        { section: 'editor', name: `${name}: bare CodeMirror EditorView (floor)`, ...bare, unit: 'ms' },
        { section: 'editor', name: `${name}: the app's editor setup alone`, ...setup, unit: 'ms', ratio: times(setup, bare, 'bare') },
        {
          section: 'editor',
          name: `${name}: the editor in a ${kind} lesson's workspace`,
          ...lesson,
          unit: 'ms',
          ratio: `${times(lesson, bare, 'bare')}, ${times(lesson, setup, 'setup alone')}`,
          target: goal(lesson.p95, TARGET_P95_MS, `p95 ≤ ${TARGET_P95_MS} ms`),
        },
      );
    }
    return rows;
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}
