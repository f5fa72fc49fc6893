/**
 * The exercise runner: `createRunner()` gives the app's workspace and the lesson checker one narrow
 * interface (`run`, `preview`, `send`, `dispose`) over the sandboxes. Framework-free on purpose.
 *
 * Each kind has an adapter that turns an exercise into a sandbox document (+ init payload); every run
 * then happens in a fresh sandboxed frame (see frame-session.ts). The worker kinds' documents are the
 * same for every run, so their next frame (and worker) is started while the learner reads the results:
 * a run then only pays for handing over its payload. SQLite (its runtime and WebAssembly) is loaded on
 * the first run that needs a database, never before.
 */
import { frameRuntime, jsHostRuntime, workerRuntime } from 'virtual:sirius-runner-sandbox';
import { HTTP_ENTRY } from '../kinds/http.ts';
import { sandboxKind, type SandboxKindId } from '../kinds/registry.ts';
import type { Exercise, ExerciseFile } from '../lessons/types.ts';
import { buildJsDocument } from './js-document.ts';
import { message } from './messages.ts';
import { linkModules } from './modules.ts';
import { closeFrameNavigation, openSandbox, runInSandbox, sandboxFrame, type Sandbox } from './frame-session.ts';
import type { DatabasePayload, ModulePayload, PreloadMessage } from './protocol.ts';
import { RunRecorder } from './recorder.ts';
import type { FrameConfig } from './sandbox/frame-config.ts';
import type { SqlRuntime } from './sql-runtime.ts';
import type { HttpExchange, HttpRequest, RunProblem, RunResult, Runner } from './types.ts';
import { pageWeight } from './page-weight.ts';
import { reconcile, rosterOf, sameFiles, type RosterEntry } from './roster.ts';
import { runFiles } from './run-files.ts';
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
  srcdoc: string;
  /** Set for documents that are the same for every run: a frame of it may be ready, and one is kept ready. */
  shared?: 'js' | 'sql';
  /** Posted to the sandbox as soon as it is ready (SQLite's WebAssembly). */
  preload?: PreloadMessage;
  problems: RunProblem[];
  /** False when the problems mean there is nothing to run. */
  runnable: boolean;
  payload: (timeLeftMs: number) => unknown;
}

interface AdapterContext {
  /** The one request to send instead of running the tests (`Runner.send`). */
  send?: HttpRequest;
  /** SQLite for runs with a database, loaded once. */
  sqlRuntime: () => Promise<SqlRuntime>;
}

type Adapter = (exercise: Exercise, files: readonly ExerciseFile[], context: AdapterContext) => Prepared | Promise<Prepared>;

/** The learner's file of a sql exercise, when the exercise has several .sql files. */
const SQL_FILE = 'query.sql';

/**
 * How much earlier than the host's timer the in-frame guard trips: covers creating the frame and the
 * garbage collection after a runaway loop, so the report with the line arrives first.
 */
const FRAME_START_MARGIN_MS = 600;

function frameConfig(exercise: Exercise, files: readonly ExerciseFile[], preview: boolean): FrameConfig {
  const timeLeftMs = exercise.timeoutMs - FRAME_START_MARGIN_MS;
  return { files: files.map((file) => file.name), timeLeftMs: preview ? null : timeLeftMs, weight: pageWeight(files), orderedRows: exercise.ordered };
}

const JS_DOCUMENT = buildJsDocument(jsHostRuntime, workerRuntime);

const notRunnable = (problem: RunProblem): Prepared => ({ srcdoc: '', problems: [problem], runnable: false, payload: () => null });

/** SQLite and the exercise's database, or the problem saying SQLite could not be loaded. */
async function databasePayload(exercise: Exercise, context: AdapterContext): Promise<{ runtime: SqlRuntime; database: DatabasePayload } | RunProblem> {
  try {
    const runtime = await context.sqlRuntime();
    return { runtime, database: { schema: exercise.database?.schema ?? '', seed: exercise.database?.seed ?? '' } };
  } catch (error) {
    return { kind: 'runtime', message: message('runner:sqlUnavailable'), detail: String(error) };
  }
}

/** One adapter per kind that runs in a sandbox (the kinds registry says which). */
const ADAPTERS: Record<SandboxKindId, Adapter> = {
  web: (exercise, files) => {
    const { html, problems } = buildWebDocument({ files, tests: exercise.tests, runtime: frameRuntime, config: frameConfig(exercise, files, false) });
    return { srcdoc: html, problems, runnable: true, payload: () => null };
  },
  js: (exercise, files) => {
    const { modules, problems } = linkModules(files, exercise.tests);
    return {
      srcdoc: JS_DOCUMENT,
      shared: 'js',
      problems,
      runnable: modules.length > 0,
      payload: (timeLeftMs): ModulePayload => ({ modules, timeLeftMs, orderedRows: exercise.ordered }),
    };
  },
  http: async (exercise, files, context) => {
    if (!files.some((file) => file.name === HTTP_ENTRY)) return notRunnable({ kind: 'syntax', message: message('runner:http.noServer') });
    const { modules, problems } = linkModules(files, context.send ? '' : exercise.tests);
    const http = { entry: HTTP_ENTRY, ...(context.send ? { send: context.send } : {}) };
    const base = { problems, runnable: modules.length > 0 };
    if (!exercise.database) {
      return { ...base, srcdoc: JS_DOCUMENT, shared: 'js', payload: (timeLeftMs): ModulePayload => ({ modules, timeLeftMs, orderedRows: exercise.ordered, http }) };
    }
    const loaded = await databasePayload(exercise, context);
    if (!('runtime' in loaded)) return notRunnable(loaded);
    const { runtime, database } = loaded;
    return { ...base, srcdoc: runtime.document, shared: 'sql', preload: runtime.preload, payload: (timeLeftMs): ModulePayload => ({ modules, timeLeftMs, orderedRows: exercise.ordered, http, database }) };
  },
  sql: async (exercise, files, context) => {
    const file = files.find((candidate) => candidate.name === SQL_FILE) ?? files.find((candidate) => candidate.name.endsWith('.sql'));
    if (!file) return notRunnable({ kind: 'syntax', message: message('runner:sqlNoFile') });
    const { modules, problems } = linkModules(files, exercise.tests);
    const loaded = await databasePayload(exercise, context);
    if (!('runtime' in loaded)) return notRunnable(loaded);
    const { runtime, database } = loaded;
    return {
      srcdoc: runtime.document,
      shared: 'sql',
      preload: runtime.preload,
      problems,
      runnable: modules.length > 0,
      payload: (timeLeftMs): ModulePayload => ({ modules, timeLeftMs, orderedRows: exercise.ordered, sql: { file: file.name, source: file.content }, database }),
    };
  },
};

function immediate(timeoutMs: number, problems: RunProblem[], sql?: boolean): RunResult {
  const recorder = new RunRecorder(timeoutMs, { sql });
  for (const problem of problems) recorder.addProblem(problem);
  return recorder.result(0);
}

export function createRunner(options: RunnerOptions = {}): Runner {
  closeFrameNavigation(document);
  const lifetime = new AbortController();
  const previews = new Map<HTMLElement, HTMLIFrameElement>();
  const container = () => options.container ?? document.body;
  const spares = new Map<NonNullable<Prepared['shared']>, Sandbox>();
  let sqlLoading: Promise<SqlRuntime> | undefined;
  /** Rosters by exercise (see roster.ts), made once per exercise and tests. */
  const rosters = new Map<string, Promise<RosterEntry[] | undefined>>();

  const sqlRuntime = () => {
    if (!sqlLoading) {
      sqlLoading = import('./sql-runtime.ts').then((module) => module.loadSqlRuntime());
      // A failed load (offline before the first visit) is tried again on the next run.
      sqlLoading.catch(() => { sqlLoading = undefined; });
    }
    return sqlLoading;
  };

  /** A sandbox of a shared document, already started if one was prepared. */
  const sharedSandbox = (name: NonNullable<Prepared['shared']>, prepared: Prepared) => {
    const sandbox = spares.get(name) ?? openSandbox(prepared.srcdoc, container(), prepared.preload);
    spares.delete(name);
    return sandbox;
  };

  const execute = async (exercise: Exercise, files: readonly ExerciseFile[], send?: HttpRequest): Promise<{ result: RunResult; recorder?: RunRecorder }> => {
    const adapter = sandboxKind(exercise.kind) ? ADAPTERS[exercise.kind as SandboxKindId] : undefined;
    if (!adapter) return { result: immediate(exercise.timeoutMs, [{ kind: 'runtime', message: message('runner:kindNotSupported', { kind: exercise.kind }) }]) };
    const disposed = () => ({ result: immediate(exercise.timeoutMs, [{ kind: 'runtime', message: message('runner:disposed') }]) });
    if (lifetime.signal.aborted) return disposed();
    const prepared = await adapter(exercise, runFiles(exercise, files), { ...(send ? { send } : {}), sqlRuntime });
    // What the result carries besides tests and console (the learner's SQL results) is the kind's to say.
    const sql = sandboxKind(exercise.kind)?.sqlResults;
    if (!prepared.runnable) return { result: immediate(exercise.timeoutMs, prepared.problems, sql) };
    if (lifetime.signal.aborted) return disposed();
    const { shared } = prepared;
    const sandbox = shared ? sharedSandbox(shared, prepared) : openSandbox(prepared.srcdoc, container());
    const recorder = new RunRecorder(exercise.timeoutMs, { sql });
    const result = await runInSandbox(sandbox, { timeoutMs: exercise.timeoutMs, problems: prepared.problems, payload: prepared.payload, signal: lifetime.signal, recorder });
    if (shared && !spares.has(shared) && !lifetime.signal.aborted) spares.set(shared, openSandbox(prepared.srcdoc, container(), prepared.preload));
    return { result, recorder };
  };

  /** The exercise's own tests, as a run of its own files reports them (no learner code in that run). */
  const rosterFor = (exercise: Exercise, files: readonly ExerciseFile[]) => {
    const key = JSON.stringify([exercise.id, exercise.kind, exercise.tests, files]);
    let roster = rosters.get(key);
    if (!roster) {
      roster = execute(exercise, files).then(({ result }) => {
        // A reference run that did not get through (offline, disposed) is tried again next time.
        const entries = rosterOf(result);
        if (!entries) rosters.delete(key);
        return entries;
      });
      rosters.set(key, roster);
    }
    return roster;
  };

  /** A pass counts only with the exercise's tests, unless the files run are the exercise's own. */
  const checked = async (exercise: Exercise, files: readonly ExerciseFile[], result: RunResult): Promise<RunResult> => {
    const reference = exercise.solution.length ? exercise.solution : exercise.starter;
    if (result.status !== 'passed' || sameFiles(runFiles(exercise, files), runFiles(exercise, reference))) return result;
    const roster = await rosterFor(exercise, reference);
    return roster ? reconcile(result, roster) : result;
  };

  const clearPreview = (container: HTMLElement) => {
    previews.get(container)?.remove();
    previews.delete(container);
  };

  return {
    async run(exercise, files) {
      return checked(exercise, files, (await execute(exercise, files)).result);
    },

    async send(exercise, files, request): Promise<HttpExchange> {
      const normalized: HttpRequest = { method: request.method.trim().toUpperCase() || 'GET', path: request.path.trim() || '/', headers: request.headers, ...(request.body === undefined ? {} : { body: request.body }) };
      const { result, recorder } = sandboxKind(exercise.kind)?.client
        ? await execute(exercise, files, normalized)
        : { result: immediate(exercise.timeoutMs, [{ kind: 'runtime', message: message('runner:kindNotSupported', { kind: exercise.kind }) }]), recorder: undefined };
      const response = recorder?.response;
      return {
        status: response?.status ?? 0,
        statusText: response?.statusText ?? '',
        headers: response?.headers ?? [],
        body: response?.body ?? '',
        problems: result.problems,
        console: result.console,
      };
    },

    preview(container, exercise, files) {
      clearPreview(container);
      if (!sandboxKind(exercise.kind)?.preview || lifetime.signal.aborted) return;
      const all = runFiles(exercise, files);
      const { html } = buildWebDocument({ files: all, runtime: frameRuntime, config: frameConfig(exercise, all, true) });
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
      for (const sandbox of spares.values()) sandbox.dispose();
      spares.clear();
      for (const container of [...previews.keys()]) clearPreview(container);
    },
  };
}
