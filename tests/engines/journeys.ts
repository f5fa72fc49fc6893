/**
 * The core journeys of a learner, written once and run in every engine (`<engine>.test.ts`): first visit
 * and language, an exercise of each kind run to a pass, a draft and a pass kept across a reload, a runaway
 * loop that leaves the app answering, offline after one visit, a backup moved to a new device, and axe.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { localized } from '../../src/lessons/library.ts';
import { readLessonTree } from '../../src/lessons/tree.ts';
import type { ExerciseKind, ParsedExercise } from '../../src/lessons/types.ts';
import { OFFLINE_READY_MS } from '../e2e/support/app.ts';
import { axeSource, inPageViolations } from '../e2e/support/axe.ts';
import { lessonsRoot } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/server.ts';
import { engines, type Engine, type EnginePage } from './index.ts';

const tree = readLessonTree(lessonsRoot());
const PASSED = 'Exercice réussi.';
const RUN = 'Lancer les tests';
const HINT = 'Voir un indice';

/** The first one-file exercise of each kind in the French curriculum, in the tracks' order, with its lesson. */
function firstOfKind(kind: ExerciseKind): { lessonId: string; exercise: ParsedExercise } {
  const french = new Map(tree.lessons.filter((candidate) => candidate.locale === 'fr').map((lesson) => [lesson.id, lesson]));
  const inOrder = tree.catalog.tracks.flatMap((track) => track.lessons.flatMap((entry) => french.get(entry.id) ?? []));
  for (const lesson of inOrder) {
    for (const block of lesson.blocks) {
      if (block.type === 'exercise' && block.exercise.kind === kind && block.exercise.solution.length === 1) return { lessonId: lesson.id, exercise: block.exercise };
    }
  }
  throw new Error(`no ${kind} exercise in the curriculum`);
}
const KINDS = ['web', 'js', 'http', 'sql'] as const;
const EXERCISES = Object.fromEntries(KINDS.map((kind) => [kind, firstOfKind(kind)])) as Record<ExerciseKind, ReturnType<typeof firstOfKind>>;
const web = EXERCISES.web;
/** The exercise whose pass and draft the reload and backup journeys keep (a module: no page to render). */
const kept = EXERCISES.js;
const section = (exercise: ParsedExercise) => `#exercise-${exercise.id}`;
const editor = (exercise: ParsedExercise) => `${section(exercise)} .cm-content`;
const hash = (target: { lessonId: string; exercise: ParsedExercise }) => `#/lesson/${target.lessonId}/${target.exercise.id}`;

/** A new device at `url`: the language question, answered. */
async function firstVisit(page: EnginePage, url: string, locale = 'fr') {
  await page.goto(url);
  await page.click(`.language-choice button[lang="${locale}"]`);
  await page.waitFor('.language-choice', { gone: true });
}

async function openExercise(page: EnginePage, url: string, target: { lessonId: string; exercise: ParsedExercise }) {
  await page.goto(`${url}${hash(target)}`);
  await page.waitFor(editor(target.exercise));
}

async function runToPass(page: EnginePage, exercise: ParsedExercise, code = exercise.solution[0]!.content) {
  await page.typeInEditor(editor(exercise), code);
  await page.click(`${section(exercise)} button`, RUN);
  await page.waitFor(section(exercise), { text: PASSED }).catch(async (error: Error) => {
    // Say what the learner sees instead: the run's summary and results.
    throw new Error(`${error.message}\nshown instead:\n${await page.text(`${section(exercise)} .output`)}`, { cause: error });
  });
}

/** The WCAG 2.2 AA violations axe-core finds in the page, as `rule: targets`. */
async function axeViolations(page: EnginePage): Promise<string[]> {
  await page.evaluate((source) => {
    if (!('axe' in window)) (0, eval)(source);
  }, axeSource);
  return page.evaluate(inPageViolations, null);
}

/**
 * Records, in the page, the longest time its main thread gave no turn to a 20 ms timer: how long a click
 * on the app would have waited for an answer.
 */
const startLagProbe = (page: EnginePage) =>
  page.evaluate(() => {
    const probe = { last: performance.now(), longest: 0, timer: 0 };
    probe.timer = window.setInterval(() => {
      const now = performance.now();
      probe.longest = Math.max(probe.longest, now - probe.last);
      probe.last = now;
    }, 20);
    (window as unknown as { lagProbe: typeof probe }).lagProbe = probe;
  }, null);
const stopLagProbe = (page: EnginePage) =>
  page.evaluate(() => {
    const probe = (window as unknown as { lagProbe: { longest: number; timer: number; last: number } }).lagProbe;
    clearInterval(probe.timer);
    return Math.max(probe.longest, performance.now() - probe.last);
  }, null);

/** A journey that fails in an engine today, for a product reason named in `reason`; `error` is its failure. */
export interface KnownFailure {
  reason: string;
  error: RegExp;
}
type JourneyId = `pass ${ExerciseKind}` | 'runaway';

export function journeys(name: Engine['name'], known: Partial<Record<JourneyId, KnownFailure>> = {}) {
  const entry = engines.find((candidate) => candidate.name === name)!;
  if (entry.missing) console.warn(`!! ${name}: ${entry.missing} is missing — its journeys are SKIPPED`);

  describe.skipIf(Boolean(entry.missing))(`${name} journeys`, () => {
    const appUrl = inject('appUrl');
    let engine: Engine;
    let started = 0;
    // Pages left open by a test (WebKit's driver holds one session at a time): closed after it.
    const pages = new Set<EnginePage>();
    const open = async () => {
      const page = await engine.open();
      pages.add(page);
      return page;
    };
    const close = async (page: EnginePage) => {
      pages.delete(page);
      await page.close();
    };
    beforeAll(async () => {
      started = performance.now();
      engine = await entry.start();
    });
    /**
     * A known failure is held to what it is: it passes while it still fails with its error (and is counted
     * apart by `npm test`); the day it passes, it fails so that the mark goes.
     */
    const journey = (id: JourneyId, title: string, body: () => Promise<void>) => {
      const failure = known[id];
      if (!failure) return test(title, body);
      test(`${title} — KNOWN FAILURE: ${failure.reason}`, async () => {
        const error = await body().then(() => new Error('the known failure is fixed: remove its mark'), (thrown: unknown) => thrown);
        expect(String(error)).toMatch(failure.error);
      });
    };

    // Whatever the journey, the page reported no uncaught exception and no console error.
    afterEach(async () => {
      const errors = [...pages].flatMap((page) => page.errors);
      for (const page of pages) await close(page);
      expect(errors).toEqual([]);
    });
    afterAll(async () => {
      await engine?.close();
      console.log(`${name} journeys: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });

    test.each(['fr', 'ar'])('first visit: the language question, answered in %s, sets the whole app', async (locale) => {
      const page = await open();
      await firstVisit(page, appUrl, locale);
      const track = tree.catalog.tracks[0]!;
      await page.waitFor('.track-card', { text: localized(track.title, locale) });
      await page.waitFor(`html[lang="${locale}"][dir="${locale === 'ar' ? 'rtl' : 'ltr'}"]`);
    });

    for (const kind of KINDS) {
      journey(`pass ${kind}`, `a ${kind} exercise runs to a pass`, async () => {
        const page = await open();
        await firstVisit(page, `${appUrl}${hash(EXERCISES[kind])}`);
        await page.waitFor(editor(EXERCISES[kind].exercise));
        await runToPass(page, EXERCISES[kind].exercise);
      });
    }

    test('a wrong answer shows its failing test, and what the code printed shows in the console', async () => {
      const { exercise } = EXERCISES.js;
      const page = await open();
      await firstVisit(page, `${appUrl}${hash(EXERCISES.js)}`);
      await page.waitFor(editor(exercise));
      await page.typeInEditor(editor(exercise), `console.log('Bonjour la friterie');\n${exercise.starter[0]!.content}`);
      await page.click(`${section(exercise)} button`, RUN);
      await page.waitFor(`${section(exercise)} .tests li.failed`);
      await page.click(`${section(exercise)} [role="tab"]`, 'Console');
      await page.waitFor(`${section(exercise)} [role="tab"][aria-selected="true"]`, { text: 'Console' });
      await page.waitFor(`${section(exercise)} .console li`, { text: 'Bonjour la friterie' });
    });

    test('a reload keeps the pass and the draft typed just before it', async () => {
      const page = await open();
      await firstVisit(page, `${appUrl}${hash(kept)}`);
      await page.waitFor(editor(kept.exercise));
      await runToPass(page, kept.exercise);
      const draft = `${kept.exercise.solution[0]!.content}\n// Ouvert le dimanche`;
      await page.typeInEditor(editor(kept.exercise), draft);
      await page.reload();
      await page.waitFor(editor(kept.exercise), { text: 'Ouvert le dimanche' });
      expect(await page.text(editor(kept.exercise))).toBe(draft);
      await page.waitFor(section(kept.exercise), { text: PASSED });
    });

    journey('runaway', 'a runaway loop in a web page ends with its message while the app answers within 500 ms', async () => {
      const page = await open();
      await firstVisit(page, `${appUrl}${hash(web)}`);
      await page.waitFor(editor(web.exercise));
      await page.typeInEditor(editor(web.exercise), '<h1>Boulangerie</h1>\n<script>\n  let n = 0;\n  while (true) { n++; }\n</script>');
      await page.waitFor(`${section(web.exercise)} button`, { text: HINT });
      await startLagProbe(page);
      const clickedAt = performance.now();
      await page.click(`${section(web.exercise)} button`, RUN);
      // A learner asks for a hint while the loop runs (a control the run's end leaves alone): it answers. A click
      // the driver aims just as the results push the button down can land beside it: a learner clicks again.
      const hints = `${section(web.exercise)} .hints li`;
      await page.click(`${section(web.exercise)} button`, HINT);
      await page.waitFor(hints, { timeout: 10_000 }).catch(async () => {
        await page.click(`${section(web.exercise)} button`, HINT);
        await page.waitFor(hints);
      });
      const answeredMs = performance.now() - clickedAt;
      await page.waitFor(`${section(web.exercise)} .problem`);
      const longestMs = await stopLagProbe(page);
      expect(await page.text(`${section(web.exercise)} .problem`)).toMatch(/Ton code tourne sans s'arrêter|Ta page a bloqué le navigateur/);
      console.log(`${name}: runaway loop: hint shown ${answeredMs.toFixed(0)} ms after Run; the app's longest blocked time ${longestMs.toFixed(0)} ms`);
      expect(longestMs).toBeLessThan(500);
    });

    test('after one visit the app works with its host gone: reload, a never-opened lesson', async () => {
      // A server of its own, to switch off.
      const { url, server } = await serveStatic(inject('distDir'));
      try {
        const page = await open();
        await firstVisit(page, url);
        await page.waitFor('body', { text: 'Disponible hors ligne', timeout: OFFLINE_READY_MS });
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => true), null);
        if (page.canEmulateOffline) {
          await page.setOffline(true);
          await page.reload();
          await page.waitFor('body', { text: 'Hors ligne — tout fonctionne' });
        }
        await stop(server);
        await page.reload();
        const track = tree.catalog.tracks.at(-1)!;
        const lesson = track.lessons.find((candidate) => candidate.exercises.length > 0)!;
        await page.click('a', localized(track.title, 'fr'));
        await page.click('a', localized(lesson.title, 'fr'));
        // The editor loads when its exercise comes into view.
        await page.reveal('.exercise');
        await page.waitFor('.exercise .cm-content');
        expect(await page.evaluate(() => document.querySelectorAll('.exercise').length, null)).toBe(lesson.exercises.length);
      } finally {
        await stop(server);
      }
    });

    test('a backup saved on one device brings the pass and the draft to another', async () => {
      const first = await open();
      await firstVisit(first, `${appUrl}${hash(kept)}`);
      await first.waitFor(editor(kept.exercise));
      await runToPass(first, kept.exercise);
      await first.goto(`${appUrl}#/backup`);
      const file = await first.download(() => first.click('button', 'Enregistrer ma progression'));
      await first.waitFor('main', { text: 'Ta progression est enregistrée dans le fichier téléchargé.' });
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { exercises: { exerciseId: string; status: string }[] };
      expect(saved.exercises).toContainEqual(expect.objectContaining({ exerciseId: kept.exercise.id, status: 'passed' }));
      expect(first.errors).toEqual([]);
      await close(first);

      const second = await open();
      await firstVisit(second, `${appUrl}#/backup`);
      await second.pickFile('#backup-file', file);
      await second.click('button[type="submit"]', 'Reprendre une sauvegarde');
      await second.waitFor('main [aria-live] .notice', { text: 'Sauvegarde reprise.' });
      await openExercise(second, appUrl, kept);
      await second.waitFor(section(kept.exercise), { text: PASSED });
      expect(await second.text(editor(kept.exercise))).toBe(kept.exercise.solution[0]!.content);
    });

    test('axe-core finds no WCAG 2.2 AA violation on the home page and a lesson with its editor', async () => {
      const page = await open();
      await firstVisit(page, appUrl);
      await page.waitFor('.track-card');
      const found: Record<string, string[]> = {};
      found.home = await axeViolations(page);
      await openExercise(page, appUrl, web);
      found.lesson = await axeViolations(page);
      expect(found).toEqual({ home: [], lesson: [] });
    });
  });
}

/** Stops a static server at once, open connections included: the host is gone. */
function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
