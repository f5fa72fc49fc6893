/**
 * What every sandbox installs before learner code runs (frame or worker alike): console capture,
 * non-blocking dialogs, a closed network, the loop guard, error reporting and the test API globals.
 * Then, once the host's port arrives, it runs the tests and reports each result.
 */
import { message } from '../messages.ts';
import { GUARD_GLOBAL } from '../protocol.ts';
import { TESTS_FILE, type ConsoleEntry, type RunProblem } from '../types.ts';
import { captureConsole } from './capture.ts';
import { ConsoleLog } from './console-log.ts';
import { createDialogs, type Dialogs } from './dialogs.ts';
import { locate, problemFromError, type FileResolver } from './errors.ts';
import { createGuard, LoopTimeout } from './guard.ts';
import { closeNetwork } from './network.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import { createTestSuite, type TestApi } from './test-api.ts';

export type TestGlobals = TestApi & Pick<Dialogs, 'answerPrompt' | 'answerConfirm'>;

export interface SessionOptions {
  /** Learner file names (the test file is added): stack frames in these files are the learner's. */
  files: string[];
  /** Maps other script names (a worker's blob: URLs) to file names. */
  alias?: (scriptName: string) => string | undefined;
  /** Time left before the run's deadline; Infinity for a live preview. */
  timeLeftMs: number;
  /** Longest one task may loop. */
  budgetMs: number;
  /** `toMatchRows` compares rows in order (the exercise's `ordered`). */
  orderedRows?: boolean;
}

export interface Session {
  outbox: Outbox;
  resolve: FileResolver;
  report: (problem: RunProblem) => void;
  /** What test files see: the test API and the dialog answer queues. */
  api: TestGlobals;
  /** Runs the collected tests, then tells the host the run is over. */
  finish: () => Promise<void>;
}

/** Defines a global that learner code can neither replace nor delete. */
export function defineGlobal(scope: object, name: string, value: unknown): void {
  Object.defineProperty(scope, name, { value, writable: false, configurable: false, enumerable: false });
}

export function startSession(scope: typeof globalThis, options: SessionOptions): Session {
  const outbox = createOutbox();
  const known = new Set([...options.files, TESTS_FILE]);
  const resolve: FileResolver = (name) => (known.has(name) ? name : options.alias?.(name));
  const now = () => performance.now();
  const deadline = now() + options.timeLeftMs;
  const log = new ConsoleLog();

  const emit = (level: ConsoleEntry['level'], text: string) => {
    const where = locate(new Error(), resolve);
    const wasTruncated = log.truncated;
    if (log.add(where ? { level, text, file: where.file, line: where.line } : { level, text })) {
      outbox.send({ type: 'console', entry: log.entries[log.entries.length - 1] as ConsoleEntry });
    }
    if (log.truncated && !wasTruncated) outbox.send({ type: 'truncated' });
  };
  const report = (problem: RunProblem) => outbox.send({ type: 'problem', problem });

  captureConsole(scope.console, emit);
  const dialogs = createDialogs(emit);
  closeNetwork(scope, (api, url) => {
    const where = locate(new Error(), resolve);
    report({ kind: 'network', message: message('runner:network', { api, url }), ...where });
  });
  defineGlobal(scope, GUARD_GLOBAL, createGuard({
    budgetMs: options.budgetMs,
    deadline,
    now,
    later: (callback) => setTimeout(callback, 0),
    onTrip: (file, line) => outbox.send({ type: 'timeout', file, line }),
  }));
  // preventDefault: the learner sees these in the output panel; the browser console stays quiet.
  scope.addEventListener('error', (event) => {
    event.preventDefault();
    const error: unknown = event.error ?? event.message;
    if (!(error instanceof LoopTimeout)) report(problemFromError(error, resolve));
  });
  scope.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    if (!(event.reason instanceof LoopTimeout)) report(problemFromError(event.reason, resolve, 'rejection'));
  });

  Object.assign(scope, { alert: dialogs.alert, confirm: dialogs.confirm, prompt: dialogs.prompt });
  const suite = createTestSuite({ orderedRows: options.orderedRows ?? false }, (name) => resolve(name) === TESTS_FILE);
  const api: TestGlobals = { ...suite.api, answerPrompt: dialogs.answerPrompt, answerConfirm: dialogs.answerConfirm };

  const finish = async () => {
    const testsOnly: FileResolver = (name) => (resolve(name) === TESTS_FILE ? TESTS_FILE : undefined);
    if (suite.count() === 0) report({ kind: 'runtime', message: message('runner:noTests') });
    const stop = await suite.run({
      onResult: (result) => outbox.send({ type: 'test', result }),
      resolve: testsOnly,
      resolveAll: resolve,
      now,
      timeLeft: () => deadline - now(),
    });
    if (stop) outbox.send({ type: 'timeout', ...(stop.error ? { file: stop.error.file, line: stop.error.line } : {}) });
    outbox.send({ type: 'done' });
  };
  return { outbox, resolve, report, api, finish };
}
