/**
 * Collects one run's messages into a `RunResult`: results in arrival (= file) order, the console capped
 * again on the host side (the sandbox is not trusted to stop), and the status decided in one place.
 */
import type { HttpResponseData, SandboxMessage, TimeoutCause } from './protocol.ts';
import { PAGE_BLOCK_MS } from './sandbox/frame-config.ts';
import { ConsoleLog } from './sandbox/console-log.ts';
import { message } from './messages.ts';
import type { RunProblem, RunResult, SqlTable, TestResult } from './types.ts';

const MAX_TESTS = 1_000;
const MAX_PROBLEMS = 100;
const MAX_TABLES = 200;

export interface RecorderOptions {
  /** The run is a sql run: its result carries `sql` (the learner's statement results), even empty. */
  sql?: boolean;
}

export class RunRecorder {
  readonly #tests: TestResult[] = [];
  readonly #problems: RunProblem[] = [];
  readonly #console = new ConsoleLog();
  readonly #tables: SqlTable[] | undefined;
  #timeout: RunProblem | undefined;
  #timeoutMs: number;
  #position: { file?: string; line?: number } = {};
  #response: HttpResponseData | undefined;

  constructor(timeoutMs: number, options: RecorderOptions = {}) {
    this.#timeoutMs = timeoutMs;
    this.#tables = options.sql ? [] : undefined;
  }

  /** The handler's answer, for a request sent by hand. */
  get response(): HttpResponseData | undefined {
    return this.#response;
  }

  /** Records a message; returns true when it ends the run. */
  accept(incoming: SandboxMessage): boolean {
    switch (incoming.type) {
      case 'console':
        this.#console.add(incoming.entry);
        return false;
      case 'truncated':
        this.#console.truncated = true;
        return false;
      case 'test':
        if (this.#tests.length < MAX_TESTS) this.#tests.push(incoming.result);
        return false;
      case 'problem':
        this.addProblem(incoming.problem);
        return false;
      case 'timeout':
        this.timedOut(incoming.cause, incoming.file, incoming.line);
        return true;
      case 'done':
        return true;
      case 'sql':
        if (this.#tables && this.#tables.length < MAX_TABLES) this.#tables.push(incoming.table);
        return false;
      case 'response':
        this.#response ??= incoming.response;
        return false;
      case 'position':
        this.#position = { file: incoming.file, line: incoming.line };
        return false;
      case 'viewport':
        return false;
    }
  }

  addProblem(problem: RunProblem): void {
    if (this.#problems.length < MAX_PROBLEMS) this.#problems.push(problem);
  }

  /**
   * The run went over its time, and why: the sandbox says which (a loop and its place, a page that
   * blocked, a promise that never settled, tests too slow). Called by the host's timer (no cause: the
   * sandbox could not even report), it names the SQL statement that was running, if any (a query cannot
   * report itself: the worker is stuck inside SQLite).
   */
  timedOut(cause?: TimeoutCause, file?: string, line?: number): void {
    const seconds = Math.round(this.#timeoutMs / 100) / 10;
    const at = (where: { file?: string; line?: number }) => ({ ...(where.file ? { file: where.file } : {}), ...(where.line === undefined ? {} : { line: where.line }) });
    if (cause === 'blocked') {
      this.#timeout ??= { kind: 'timeout', message: message('runner:pageBlocked', { ms: PAGE_BLOCK_MS, line: line ?? '?', file: file ?? '' }), ...at({ file, line }) };
      return;
    }
    if (cause === 'promise' || cause === 'slow') {
      this.#timeout ??= { kind: 'timeout', message: message(cause === 'promise' ? 'runner:promiseTimeout' : 'runner:tooSlow', { seconds }) };
      return;
    }
    const where = line === undefined ? this.#position : { file, line };
    if (where.line === undefined) {
      this.#timeout ??= { kind: 'timeout', message: message('runner:timeoutUnknownLine', { seconds }) };
      return;
    }
    const key = where.file?.endsWith('.sql') ? 'runner:sqlTimeout' : 'runner:timeout';
    this.#timeout ??= { kind: 'timeout', message: message(key, { seconds, line: where.line, file: where.file ?? '' }), ...at(where) };
  }

  result(durationMs: number): RunResult {
    const problems = this.#timeout ? [this.#timeout, ...this.#problems] : [...this.#problems];
    return {
      status: this.#status(),
      tests: [...this.#tests],
      console: [...this.#console.entries],
      problems,
      truncated: this.#console.truncated,
      durationMs,
      ...(this.#tables ? { sql: [...this.#tables] } : {}),
    };
  }

  #status(): RunResult['status'] {
    if (this.#timeout) return 'timeout';
    const stopped = this.#problems.some((problem) => problem.kind === 'syntax' || problem.message.key === 'runner:navigated' || problem.message.key === 'runner:disposed');
    if (stopped || this.#tests.length === 0) return 'error';
    // Skipped and todo tests did not run: the run passes when every test that ran passed (at least one).
    const ran = this.#tests.filter((test) => test.status === 'passed' || test.status === 'failed');
    return ran.length > 0 && ran.every((test) => test.status === 'passed') ? 'passed' : 'failed';
  }
}
