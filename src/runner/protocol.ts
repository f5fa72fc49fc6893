/**
 * The typed messages between the host and a sandbox. Handshake over `window.postMessage` (checked by
 * `event.source` and origin "null"), then everything flows over the run's own `MessagePort`, stamped with
 * the run's nonce. Sandbox data is untrusted: the host reads it through `readEnvelope`.
 */
import { SQL_ROWS_SHOWN, type ConsoleEntry, type HttpRequest, type RunProblem, type SqlTable, type TestResult } from './types.ts';

/** Sandbox → host, as soon as the runtime starts: "hand me my port". A second one means the document was replaced. */
export const READY = 'sirius-runner:ready';
/** Sandbox → host, when the sandbox document is being unloaded: learner code navigated the frame. */
export const LEFT = 'sirius-runner:left';
/** Host → sandbox, with the port transferred alongside. */
export const INIT = 'sirius-runner:init';
/**
 * Host → sandbox, as soon as it is ready and before any run: what the worker can prepare while nobody
 * waits (SQLite's WebAssembly, compiled while the learner reads the previous results).
 */
export const PRELOAD = 'sirius-runner:preload';

export interface PreloadMessage {
  type: typeof PRELOAD;
  /** SQLite's WebAssembly bytes. */
  wasm: ArrayBuffer;
}

/** What the host sends with the port. `payload` is kind-specific (nothing for web, modules for js). */
export interface InitMessage<Payload = unknown> {
  type: typeof INIT;
  nonce: string;
  payload: Payload;
}

export type SandboxMessage =
  | { type: 'console'; entry: ConsoleEntry }
  | { type: 'test'; result: TestResult }
  | { type: 'problem'; problem: RunProblem }
  | { type: 'timeout'; cause: TimeoutCause; file?: string; line?: number }
  | { type: 'truncated' }
  /** A web test asks for another page size (`setViewport`): the host resizes the frame. */
  | { type: 'viewport'; width: number; height: number }
  /** One of the learner's SQL statements ran (sql kind). */
  | { type: 'sql'; table: SqlTable }
  /** The handler's answer to a request sent by hand (`Runner.send`). */
  | { type: 'response'; response: HttpResponseData }
  /**
   * Where the sandbox is now (a learner SQL statement, which no loop guard can stop), so that a timeout
   * called by the host can name it; without a line it clears the position.
   */
  | { type: 'position'; file?: string; line?: number }
  | { type: 'done' };

/**
 * Why a sandbox stopped a run: a loop went on until the deadline, one task blocked the page too long,
 * the code waited for something that never came (a promise), or the tests were simply too slow.
 */
export const TIMEOUT_CAUSES = ['loop', 'blocked', 'promise', 'slow'] as const;
export type TimeoutCause = (typeof TIMEOUT_CAUSES)[number];

/** A response as data (the body read as text). */
export interface HttpResponseData {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

export interface Envelope {
  nonce: string;
  message: SandboxMessage;
}

/**
 * The init payload of the worker kinds (js, http, sql): learner and test modules, dependencies first,
 * tests last, plus what the http and sql kinds add.
 */
export interface ModulePayload {
  modules: LinkedModule[];
  /** Milliseconds the worker has before the run's deadline. */
  timeLeftMs: number;
  /** `toMatchRows` compares rows in order (the exercise's `ordered`). */
  orderedRows: boolean;
  /** http kind: the learner's entry module, and the one request to send instead of running the tests. */
  http?: { entry: string; send?: HttpRequest };
  /** sql kind: the learner's statements. */
  sql?: { file: string; source: string };
  /** The exercise's database (schema, then seed). */
  database?: DatabasePayload;
}

/** The exercise's database; SQLite itself came earlier, with the preload message. */
export interface DatabasePayload {
  schema: string;
  seed: string;
}

/** A module whose relative imports were replaced by `moduleMarker(name)` strings (see modules.ts). */
export interface LinkedModule {
  name: string;
  code: string;
  /** Names of the modules whose markers appear in `code`. */
  imports: string[];
}

/** The placeholder a module's import specifier becomes until the worker knows the dependency's URL. */
export function moduleMarker(name: string): string {
  return `sirius-module:${name}`;
}

/** The virtual module that re-exports the test API (`import { test, expect } from 'vitest'`). */
export const TEST_API_MODULE = '@sirius/test-api';

const MAX_TEXT = 100_000;

type Reader<T> = (value: unknown) => T | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown, max = MAX_TEXT): string | undefined => (typeof value === 'string' ? value.slice(0, max) : undefined);
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const oneOf = <T extends string>(values: readonly T[]): Reader<T> => (value) => (values.includes(value as T) ? (value as T) : undefined);

/** Copies only known, well-typed fields: a hostile sandbox cannot smuggle in getters, huge strings or extra keys. */
function readMessage(value: unknown): { key: string; params?: Record<string, string | number> } | undefined {
  if (!isRecord(value) || typeof value.key !== 'string' || !value.key.startsWith('runner:')) return undefined;
  const params: Record<string, string | number> = {};
  if (isRecord(value.params)) {
    for (const [name, param] of Object.entries(value.params).slice(0, 20)) {
      if (typeof param === 'number') params[name] = param;
      else if (typeof param === 'string') params[name] = param.slice(0, 2_000);
    }
  }
  return { key: value.key.slice(0, 100), ...(isRecord(value.params) ? { params } : {}) };
}

/** Keeps the optional fields that have the right type. */
function optional<T extends object>(fields: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const readEntry: Reader<ConsoleEntry> = (value) => {
  if (!isRecord(value)) return undefined;
  const level = oneOf(['log', 'info', 'warn', 'error', 'table', 'alert', 'confirm', 'prompt'] as const)(value.level);
  const entryText = text(value.text);
  if (!level || entryText === undefined) return undefined;
  return { level, text: entryText, ...optional<ConsoleEntry>({ file: text(value.file, 200), line: count(value.line) }) };
};

const readProblem: Reader<RunProblem> = (value) => {
  if (!isRecord(value)) return undefined;
  const kind = oneOf(['syntax', 'runtime', 'timeout', 'network', 'memory', 'rejection'] as const)(value.kind);
  const problemMessage = readMessage(value.message);
  if (!kind || !problemMessage) return undefined;
  return {
    kind,
    message: problemMessage,
    ...optional<RunProblem>({ detail: text(value.detail, 2_000), file: text(value.file, 200), line: count(value.line), column: count(value.column) }),
  };
};

const readTest: Reader<TestResult> = (value) => {
  if (!isRecord(value) || typeof value.name !== 'string' || !Array.isArray(value.path)) return undefined;
  const status = oneOf(['passed', 'failed', 'skipped', 'todo'] as const)(value.status);
  if (!status) return undefined;
  const result: TestResult = {
    name: value.name.slice(0, 500),
    path: value.path.filter((part): part is string => typeof part === 'string').map((part) => part.slice(0, 500)),
    status,
    durationMs: count(value.durationMs) ?? 0,
  };
  if (status === 'failed' && isRecord(value.failure)) {
    const failureMessage = readMessage(value.failure.message);
    if (failureMessage) {
      result.failure = {
        message: failureMessage,
        ...optional<NonNullable<TestResult['failure']>>({
          expected: text(value.failure.expected, 2_000), received: text(value.failure.received, 2_000), line: count(value.failure.line),
          detail: text(value.failure.detail, 2_000), source: readSource(value.failure.source),
        }),
      };
    }
  }
  return result;
};

/** Where in the learner's files an error thrown during a test came from. */
const readSource: Reader<{ file: string; line: number; column?: number }> = (value) => {
  if (!isRecord(value)) return undefined;
  const file = text(value.file, 200);
  const line = count(value.line);
  if (file === undefined || line === undefined) return undefined;
  return { file, line, ...optional<{ column: number }>({ column: count(value.column) }) };
};

const MAX_CELL = 10_000;
const cell = (value: unknown): string | number | null => (typeof value === 'number' ? value : typeof value === 'string' ? value.slice(0, MAX_CELL) : null);

const readTable: Reader<SqlTable> = (value) => {
  if (!isRecord(value) || !Array.isArray(value.columns) || !Array.isArray(value.rows)) return undefined;
  const sql = text(value.sql, 20_000);
  const line = count(value.line);
  const total = count(value.total);
  if (sql === undefined || line === undefined || total === undefined) return undefined;
  const columns = value.columns.slice(0, 200).map((name) => text(name, 500) ?? '');
  const rows = value.rows.slice(0, SQL_ROWS_SHOWN).map((row) => (Array.isArray(row) ? row.slice(0, columns.length).map(cell) : []));
  return { sql, line, columns, rows, total, ...(value.capped === true ? { capped: true } : {}) };
};

const pairs = (value: unknown): [string, string][] => (Array.isArray(value) ? value : [])
  .slice(0, 200)
  .filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string')
  .map(([name, headerValue]) => [name.slice(0, 200), headerValue.slice(0, 8_000)]);

const readResponse: Reader<HttpResponseData> = (value) => {
  if (!isRecord(value)) return undefined;
  const status = count(value.status);
  if (status === undefined) return undefined;
  return { status: Math.trunc(status), statusText: text(value.statusText, 200) ?? '', headers: pairs(value.headers), body: text(value.body, 1_000_000) ?? '' };
};

/** The message inside an envelope from this run's port, or undefined for anything malformed or stale. */
export function readEnvelope(data: unknown, nonce: string): SandboxMessage | undefined {
  if (!isRecord(data) || data.nonce !== nonce || !isRecord(data.message)) return undefined;
  const message = data.message;
  switch (message.type) {
    case 'console': {
      const entry = readEntry(message.entry);
      return entry && { type: 'console', entry };
    }
    case 'test': {
      const result = readTest(message.result);
      return result && { type: 'test', result };
    }
    case 'problem': {
      const problem = readProblem(message.problem);
      return problem && { type: 'problem', problem };
    }
    case 'timeout':
      return { type: 'timeout', cause: oneOf(TIMEOUT_CAUSES)(message.cause) ?? 'slow', ...optional<{ file: string; line: number }>({ file: text(message.file, 200), line: count(message.line) }) };
    case 'viewport': {
      const width = count(message.width);
      const height = count(message.height);
      if (width === undefined || height === undefined) return undefined;
      return { type: 'viewport', width: clampSize(width), height: clampSize(height) };
    }
    case 'sql': {
      const table = readTable(message.table);
      return table && { type: 'sql', table };
    }
    case 'response': {
      const response = readResponse(message.response);
      return response && { type: 'response', response };
    }
    case 'position':
      return { type: 'position', ...optional<{ file: string; line: number }>({ file: text(message.file, 200), line: count(message.line) }) };
    case 'truncated':
    case 'done':
      return { type: message.type };
    default:
      return undefined;
  }
}

/** The global the loop transform calls in every loop body: `__siriusLoop(file, line)`. */
export const GUARD_GLOBAL = '__siriusLoop';
/**
 * Loop turns, or function calls, between two calls to the guard: guarded code counts them itself, since a
 * call in every turn or every call of a small helper would cost more than the work it guards.
 */
export const TURNS_PER_CALL = 2048;
/** The global a learner's `import(x)` is rewritten to, so dynamic imports resolve to learner files only. */
export const IMPORT_GLOBAL = '__siriusImport';
/** The global the web test file is wrapped in a call to, receiving the test API as parameters. */
export const TESTS_GLOBAL = '__siriusTests';
/** The global a web exercise's server.js is wrapped in a call to, handing its module body to the page's server. */
export const SERVER_GLOBAL = '__siriusServer';
/** The parameter of that wrapper the module's exports are written to (`export default …`). */
export const SERVER_EXPORTS = '__siriusExports';
/** Names a test file can use; web tests get them as parameters, so learner globals cannot shadow them. */
export const TEST_GLOBALS = [
  'describe', 'test', 'it', 'xtest', 'xit', 'xdescribe', 'fit', 'fdescribe', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach',
  'expect', 'jest', 'vi', 'answerPrompt', 'answerConfirm',
] as const;
/** The DOM helpers web tests also get (a contract with lesson authors). */
export const WEB_HELPERS = ['$', '$$', 'text', 'style', 'isVisible', 'setViewport', 'pageWeight', 'waitUntil', 'request'] as const;

/** Page sizes a test may ask for: from a small phone to a wide screen. */
export const clampSize = (pixels: number) => Math.min(3840, Math.max(240, Math.round(pixels)));
