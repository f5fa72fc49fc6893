/**
 * Collects one run's messages into a `RunResult`: results in arrival (= file) order, the console capped
 * again on the host side (the sandbox is not trusted to stop), and the status decided in one place.
 */
import type { SandboxMessage } from './protocol.ts';
import { ConsoleLog } from './sandbox/console-log.ts';
import { message } from './messages.ts';
import type { RunProblem, RunResult, TestResult } from './types.ts';

const MAX_TESTS = 1_000;
const MAX_PROBLEMS = 100;

export class RunRecorder {
  readonly #tests: TestResult[] = [];
  readonly #problems: RunProblem[] = [];
  readonly #console = new ConsoleLog();
  #timeout: RunProblem | undefined;
  #timeoutMs: number;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
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
        this.timedOut(incoming.file, incoming.line);
        return true;
      case 'done':
        return true;
      case 'viewport':
        return false;
    }
  }

  addProblem(problem: RunProblem): void {
    if (this.#problems.length < MAX_PROBLEMS) this.#problems.push(problem);
  }

  /** The run went over its time: with the loop's place when the guard reported it. */
  timedOut(file?: string, line?: number): void {
    const seconds = Math.round(this.#timeoutMs / 100) / 10;
    this.#timeout ??= line === undefined
      ? { kind: 'timeout', message: message('runner:timeoutUnknownLine', { seconds }) }
      : { kind: 'timeout', message: message('runner:timeout', { seconds, line, file: file ?? '' }), ...(file ? { file } : {}), line };
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
    };
  }

  #status(): RunResult['status'] {
    if (this.#timeout) return 'timeout';
    const stopped = this.#problems.some((problem) => problem.kind === 'syntax' || problem.message.key === 'runner:navigated' || problem.message.key === 'runner:disposed');
    if (stopped || this.#tests.length === 0) return 'error';
    return this.#tests.every((test) => test.status === 'passed') ? 'passed' : 'failed';
  }
}
