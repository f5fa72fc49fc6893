/**
 * What every sandbox installs before learner code runs (frame or worker alike): console capture,
 * non-blocking dialogs, a closed network, the loop guard, error reporting and the test API globals.
 * Then, once the host's port arrives, it runs the tests and reports each result.
 */
import { message } from '../messages.ts';
import { GUARD_GLOBAL, type SandboxMessage, type TimeoutCause } from '../protocol.ts';
import { TESTS_FILE, type ConsoleEntry, type RunProblem } from '../types.ts';
import { callerFile } from './caller.ts';
import { captureConsole } from './capture.ts';
import { ConsoleLog } from './console-log.ts';
import { createDialogs, type Dialogs } from './dialogs.ts';
import { locate, problemFromError, type FileResolver } from './errors.ts';
import { createGuard, LoopTimeout, type TripReason } from './guard.ts';
import { closeNetwork } from './network.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import type { FetchRoute } from './page-server.ts';
import { createTestSuite, type TestApi } from './test-api.ts';

// Captured before learner code runs: the session's own timing cannot be replaced under it.
const schedule = setTimeout;
const clock = performance;
const readClock = Performance.prototype.now;
const { apply } = Reflect;
const now = () => apply(readClock, clock, []) as number;

/** How long after the deadline a run still waiting for something is called a promise that never settled. */
const SETTLE_GRACE_MS = 50;

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
  /** A task over `budgetMs` blocks the page (web kind): it is reported as such, not as a loop. */
  blocking?: boolean;
  /** `toMatchRows` compares rows in order (the exercise's `ordered`). */
  orderedRows?: boolean;
  /** Answers the fetches a web page makes to its own server (page-server.ts); others are refused. */
  route?: FetchRoute;
  /** Whether the test file itself is declaring a test; by default read from the caller's stack frame. */
  fromTestsFile?: () => boolean;
}

export interface Session {
  outbox: Outbox;
  resolve: FileResolver;
  report: (problem: RunProblem) => void;
  /** What test files see: the test API and the dialog answer queues. */
  api: TestGlobals;
  /** Runs the collected tests, then tells the host the run is over. */
  finish: () => Promise<void>;
  /** Tells the host the run is over (`done`, or the timeout that ended it); only the first call counts. */
  end: (last?: SandboxMessage) => void;
}

/** Defines a global that learner code can neither replace nor delete. */
export function defineGlobal(scope: object, name: string, value: unknown): void {
  Object.defineProperty(scope, name, { value, writable: false, configurable: false, enumerable: false });
}

export function startSession(scope: typeof globalThis, options: SessionOptions): Session {
  const outbox = createOutbox();
  const known = new Set([...options.files, TESTS_FILE]);
  const resolve: FileResolver = (name) => (known.has(name) ? name : options.alias?.(name));
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
  }, options.route);
  let ended = false;
  const end = (last?: SandboxMessage) => {
    if (ended) return;
    ended = true;
    outbox.send(last ?? { type: 'done' });
  };
  const loopCause = (reason: TripReason): TimeoutCause => (reason === 'budget' && options.blocking ? 'blocked' : 'loop');
  const guard = createGuard({
    budgetMs: options.budgetMs,
    deadline,
    now,
    later: (callback) => schedule(callback, 0),
    onTrip: (file, line, reason) => end({ type: 'timeout', cause: loopCause(reason), file, line }),
  });
  defineGlobal(scope, GUARD_GLOBAL, guard);
  // Still waiting past the deadline with nothing running: something awaited never came.
  if (Number.isFinite(options.timeLeftMs)) schedule(() => end({ type: 'timeout', cause: 'promise' }), Math.max(0, options.timeLeftMs) + SETTLE_GRACE_MS);
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
  const byStack = () => {
    const caller = callerFile();
    return caller !== undefined && resolve(caller) === TESTS_FILE;
  };
  const suite = createTestSuite({ orderedRows: options.orderedRows ?? false }, options.fromTestsFile ?? byStack);
  const api: TestGlobals = { ...suite.api, answerPrompt: dialogs.answerPrompt, answerConfirm: dialogs.answerConfirm };

  const finish = async () => {
    const testsOnly: FileResolver = (name) => (resolve(name) === TESTS_FILE ? TESTS_FILE : undefined);
    if (suite.count() === 0) report({ kind: 'runtime', message: message('runner:noTests') });
    let lastFailure: string | undefined;
    const stop = await suite.run({
      onResult: (result) => {
        lastFailure = result.failure?.message.key;
        outbox.send({ type: 'test', result });
        // Each test gets the whole budget: the suite may run as one task, the tests are not one loop.
        guard.newTask();
      },
      resolve: testsOnly,
      resolveAll: resolve,
      now,
      timeLeft: () => deadline - now(),
    });
    if (!stop) return end();
    const { error } = stop;
    if (error) return end({ type: 'timeout', cause: loopCause(error.reason), file: error.file, line: error.line });
    end({ type: 'timeout', cause: lastFailure === 'runner:testTimeout' ? 'promise' : 'slow' });
  };
  return { outbox, resolve, report, api, finish, end };
}
