/**
 * The runner's public contract: what a run returns and what the app and the lesson checker call.
 * Everything a learner reads is a `Message` (an i18n key in the "runner" namespace), never English text.
 */
import type { Exercise, ExerciseFile } from '../lessons/types.ts';

/** An i18n key in namespace "runner" with its values, e.g. `{ key: 'runner:timeout', params: { seconds: 3, line: 4 } }`. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** One trainer test, in file order. `path` holds the names of the enclosing `describe` blocks. */
export interface TestResult {
  name: string;
  path: string[];
  /** `skipped`: `.skip`, `xtest`, or left out by a `.only` elsewhere; `todo`: `test.todo`. Neither counts as run. */
  status: 'passed' | 'failed' | 'skipped' | 'todo';
  /**
   * Why it failed; `expected`/`received` are readable renderings («Bonjour», [1, 2], null …), `line` a line
   * of the test file. For an error thrown by code: `detail`, its original text, and `source`, where in the
   * learner's files it was thrown.
   */
  failure?: {
    message: Message; expected?: string; received?: string; line?: number;
    detail?: string; source?: { file: string; line: number; column?: number };
  };
  durationMs: number;
}

/** A line of output: console calls, and dialogs (`alert`/`confirm`/`prompt`) which never block. */
export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'table' | 'alert' | 'confirm' | 'prompt';
  text: string;
  file?: string;
  line?: number;
}

/** Something that went wrong outside a test's assertions, positioned in the learner's file when known. */
export interface RunProblem {
  kind: 'syntax' | 'runtime' | 'timeout' | 'network' | 'memory' | 'rejection';
  message: Message;
  /** The original error text (English, from the browser or the parser), for the curious. */
  detail?: string;
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

/**
 * The outcome of a run. `passed`: every test passed; `failed`: some failed; `error`: the code could not
 * run (syntax error, crash before the tests, navigation away); `timeout`: runaway code was stopped.
 */
export interface RunResult {
  status: 'passed' | 'failed' | 'error' | 'timeout';
  tests: TestResult[];
  console: ConsoleEntry[];
  problems: RunProblem[];
  /** True when the console output went over its cap and later entries were dropped. */
  truncated: boolean;
  durationMs: number;
  /** For the sql kind: the result of each of the learner's statements, in order. */
  sql?: SqlTable[];
}

/** One statement's result as the workspace shows it (a table; NULL is `null`, a BLOB is described in text). */
export interface SqlTable {
  /** The statement as written (without its closing `;`). */
  sql: string;
  /** 1-based line of the statement in the learner's file. */
  line: number;
  /** Column names; empty for statements that return no rows (INSERT, CREATE …). */
  columns: string[];
  /** At most `SQL_ROWS_SHOWN` rows. */
  rows: (string | number | null)[][];
  /** How many rows the statement returned (at most SQL_ROWS_READ). */
  total: number;
  /** The statement had more than SQL_ROWS_READ rows: only those were read. */
  capped?: boolean;
}

/** Rows kept per statement in `RunResult.sql`. */
export const SQL_ROWS_SHOWN = 500;
/** Rows read per learner statement, at most (the tests' `rows` and `results` hold these too). */
export const SQL_ROWS_READ = 10_000;

/** A request sent by hand to the learner's `http` handler (the workspace's HTTP client panel). */
export interface HttpRequest {
  method: string;
  /** Path and query, e.g. `/users?sort=name`. */
  path: string;
  headers: [string, string][];
  body?: string;
}

/** What the handler answered; `status` is 0 when it did not answer (see `problems`). */
export interface HttpExchange {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  problems: RunProblem[];
  console: ConsoleEntry[];
}

/** Runs exercises in sandboxes. One per page is enough; `dispose` releases every frame it made. */
export interface Runner {
  /** Runs the learner's files and the exercise's tests; never rejects. */
  run(exercise: Exercise, files: ExerciseFile[]): Promise<RunResult>;
  /** Shows the learner's web page live in `container` (no tests); replaces the previous preview there. */
  preview(container: HTMLElement, exercise: Exercise, files: ExerciseFile[]): void;
  /**
   * Sends one request to the learner's handler of an `http` exercise, in a fresh run (module state and
   * database start afresh, same time limit); never rejects.
   */
  send(exercise: Exercise, files: ExerciseFile[], request: HttpRequest): Promise<HttpExchange>;
  dispose(): void;
}

/** The name trainer tests carry in problems and stack traces (lines are relative to `exercise.testsLine`). */
export const TESTS_FILE = 'exercise.test.js';
