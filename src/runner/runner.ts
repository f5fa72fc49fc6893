/**
 * The exercise runner: `createRunner()` gives the app's workspace and the lesson checker one narrow
 * interface (`run`, `preview`, `dispose`) over the sandboxes. Framework-free on purpose.
 *
 * Each kind has an adapter that turns an exercise into a sandbox document (+ init payload); every run
 * then happens in a fresh sandboxed frame (see frame-session.ts). The js kind's document is the same for
 * every run, so its next frame (and worker) is started while the learner reads the results: a run then
 * only pays for handing over the modules. Kinds without an adapter yet (`http`, `sql`) return an error.
 */
import { frameRuntime, jsHostRuntime, workerRuntime } from 'virtual:sirius-runner-sandbox';
import type { Exercise, ExerciseFile, ExerciseKind } from '../lessons/types.ts';
import { buildJsDocument } from './js-document.ts';
import { message } from './messages.ts';
import { linkModules } from './modules.ts';
import { openSandbox, runInSandbox, sandboxFrame, type Sandbox } from './frame-session.ts';
import type { ModulePayload } from './protocol.ts';
import { RunRecorder } from './recorder.ts';
import type { FrameConfig } from './sandbox/frame-config.ts';
import type { RunProblem, RunResult, Runner } from './types.ts';
import { pageWeight } from './page-weight.ts';
import { buildWebDocument } from './web-document.ts';

export interface RunnerOptions {
  /**
   * Kept for the first version of the contract. The sandbox runtimes are bundled inline at build time
   * (no file is fetched when a run starts), so there is no base URL to resolve against.
   */
  baseUrl?: string;
  /** Where hidden run frames are attached (default: `document.body`). */
  container?: HTMLElement;
}

/** A kind's way into a sandbox: the document to load, problems found on the way, the init payload. */
interface Prepared {
  /** The document, or undefined to use the kind's shared document (a frame of which may be ready). */
  srcdoc?: string;
  problems: RunProblem[];
  /** False when the problems mean there is nothing to run. */
  runnable: boolean;
  payload: (timeLeftMs: number) => unknown;
}

type Adapter = (exercise: Exercise, files: readonly ExerciseFile[]) => Prepared;

/**
 * How much earlier than the host's timer the in-frame guard trips: covers creating the frame and the
 * garbage collection after a runaway loop, so the report with the line arrives first.
 */
const FRAME_START_MARGIN_MS = 600;

function frameConfig(files: readonly ExerciseFile[], timeoutMs: number, preview: boolean): FrameConfig {
  const budgetMs = timeoutMs - FRAME_START_MARGIN_MS;
  return { files: files.map((file) => file.name), timeLeftMs: preview ? null : budgetMs, budgetMs, weight: pageWeight(files) };
}

const ADAPTERS: Partial<Record<ExerciseKind, Adapter>> = {
  web: (exercise, files) => {
    const { html, problems } = buildWebDocument({ files, tests: exercise.tests, runtime: frameRuntime, config: frameConfig(files, exercise.timeoutMs, false) });
    return { srcdoc: html, problems, runnable: true, payload: () => null };
  },
  js: (exercise, files) => {
    const { modules, problems } = linkModules(files, exercise.tests);
    return {
      problems,
      runnable: modules.length > 0,
      payload: (timeLeftMs): ModulePayload => ({ modules, timeLeftMs }),
    };
  },
};

/** The files of a run: the learner's, plus starter files they do not have (an exercise may hide some). */
function withStarterFiles(exercise: Exercise, files: readonly ExerciseFile[]): ExerciseFile[] {
  const names = new Set(files.map((file) => file.name));
  return [...files, ...exercise.starter.filter((file) => !names.has(file.name))];
}

function immediate(timeoutMs: number, problems: RunProblem[]): RunResult {
  const recorder = new RunRecorder(timeoutMs);
  for (const problem of problems) recorder.addProblem(problem);
  return recorder.result(0);
}

const JS_DOCUMENT = buildJsDocument(jsHostRuntime, workerRuntime);

export function createRunner(options: RunnerOptions = {}): Runner {
  const lifetime = new AbortController();
  const previews = new Map<HTMLElement, HTMLIFrameElement>();
  const container = () => options.container ?? document.body;
  let spare: Sandbox | undefined;

  /** A js sandbox, already started if one was prepared; the next one is prepared after this run. */
  const jsSandbox = () => {
    const sandbox = spare ?? openSandbox(JS_DOCUMENT, container());
    spare = undefined;
    return sandbox;
  };

  const clearPreview = (container: HTMLElement) => {
    previews.get(container)?.remove();
    previews.delete(container);
  };

  return {
    async run(exercise, files) {
      const adapter = ADAPTERS[exercise.kind];
      if (!adapter) return immediate(exercise.timeoutMs, [{ kind: 'runtime', message: message('runner:kindNotSupported', { kind: exercise.kind }) }]);
      if (lifetime.signal.aborted) return immediate(exercise.timeoutMs, [{ kind: 'runtime', message: message('runner:disposed') }]);
      const prepared = adapter(exercise, withStarterFiles(exercise, files));
      if (!prepared.runnable) return immediate(exercise.timeoutMs, prepared.problems);
      const sandbox = prepared.srcdoc === undefined ? jsSandbox() : openSandbox(prepared.srcdoc, container());
      const result = await runInSandbox(sandbox, { timeoutMs: exercise.timeoutMs, problems: prepared.problems, payload: prepared.payload, signal: lifetime.signal });
      if (prepared.srcdoc === undefined && !spare && !lifetime.signal.aborted) spare = openSandbox(JS_DOCUMENT, container());
      return result;
    },

    preview(container, exercise, files) {
      clearPreview(container);
      if (exercise.kind !== 'web' || lifetime.signal.aborted) return;
      const all = withStarterFiles(exercise, files);
      const { html } = buildWebDocument({ files: all, runtime: frameRuntime, config: frameConfig(all, exercise.timeoutMs, true) });
      const frame = sandboxFrame(html, 'preview');
      frame.style.cssText = 'width:100%;height:100%;border:0;background:#fff;';
      let loads = 0;
      // A page that navigates itself is no longer the learner's page: drop it rather than show it.
      frame.addEventListener('load', () => {
        if (++loads > 1) clearPreview(container);
      });
      previews.set(container, frame);
      container.append(frame);
    },

    dispose() {
      lifetime.abort();
      spare?.dispose();
      spare = undefined;
      for (const container of [...previews.keys()]) clearPreview(container);
    },
  };
}
