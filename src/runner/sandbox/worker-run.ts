/**
 * One run in a worker (js, http and sql kinds): links the learner's modules to blob: URLs (imports
 * rewritten by the host), sets up what the kind adds — the exercise database, the learner's SQL
 * statements and their results, the `request` helper for an http handler — imports the modules, the
 * test module last, then runs the tests. A request sent by hand (`Runner.send`) replaces the tests.
 */
import type { Database } from 'sql.js';
import { message } from '../messages.ts';
import { IMPORT_GLOBAL, moduleMarker, TEST_API_MODULE, TEST_GLOBALS, type DatabasePayload, type ModulePayload } from '../protocol.ts';
import { TESTS_FILE, type HttpRequest, type RunProblem } from '../types.ts';
import { errorText, locate, problemFromError } from './errors.ts';
import { dispatch, HandlerFailure } from './http-server.ts';
import { requestData, toRequest, type RequestOptions } from './request-data.ts';
import { defineGlobal, startSession, type Session } from './session.ts';
import { databaseHelpers, rowObjects, runStatements, toTable, type DatabaseHelpers } from './sql-database.ts';

/** The guard trips this long before the host's timer, so the report (with the line) arrives first. */
const BUDGET_MARGIN_MS = 500;

/** SQLite in a worker: only the worker runtime that carries sql.js has one. */
export interface DatabaseEngine {
  /** Starts loading SQLite from its WebAssembly, before any run needs it. */
  preload: (wasm: ArrayBuffer) => void;
  /** Opens the exercise database (once preloaded). */
  open: (database: DatabasePayload) => Promise<Database>;
}

type WorkerMessage = { preload: ArrayBuffer } | { nonce: string; payload: ModulePayload };

/** Takes the host's preload, then waits for its one run (the frame forwards the port and payload) and serves it. */
export function serveRuns(engine?: DatabaseEngine): void {
  const listening = new AbortController();
  self.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const data = event.data;
    if ('preload' in data) return engine?.preload(data.preload);
    const port = event.ports[0];
    if (!port) return;
    listening.abort();
    void run(port, data.nonce, data.payload, engine);
  }, { signal: listening.signal });
}

async function run(port: MessagePort, nonce: string, payload: ModulePayload, engine?: DatabaseEngine): Promise<void> {
  const urls = new Map<string, string>();
  const names = new Map<string, string>();
  const session = startSession(self, {
    files: payload.modules.map((module) => module.name),
    alias: (scriptName) => names.get(scriptName),
    timeLeftMs: payload.timeLeftMs - BUDGET_MARGIN_MS,
    budgetMs: payload.timeLeftMs - BUDGET_MARGIN_MS,
    orderedRows: payload.orderedRows,
  });
  session.outbox.attach(port, nonce);
  const stop = (problem?: RunProblem) => {
    if (problem) session.report(problem);
    session.end();
  };
  for (const name of TEST_GLOBALS) defineGlobal(self, name, session.api[name]);
  // A worker that closes itself would leave the host waiting until its timer: say so at once instead.
  defineGlobal(self, 'close', () => stop({ kind: 'runtime', message: message('runner:workerClosed'), ...locate(new Error(), session.resolve) }));

  const link = (name: string, code: string) => {
    const url = URL.createObjectURL(new Blob([`${code}\n//# sourceURL=${name}`], { type: 'text/javascript' }));
    urls.set(name, url);
    names.set(url, name);
  };
  link(TEST_API_MODULE, `export const { ${TEST_GLOBALS.join(', ')} } = globalThis;`);
  for (const module of payload.modules) {
    const code = module.imports.reduce((text, dependency) => text.split(moduleMarker(dependency)).join(urls.get(dependency) ?? ''), module.code);
    link(module.name, code);
  }
  defineGlobal(self, IMPORT_GLOBAL, (specifier: unknown) => {
    const url = urls.get(String(specifier).replace(/^\.\//, ''));
    return url ? import(url) : Promise.reject(new TypeError(`Cannot import "${String(specifier)}": only the exercise's files can be imported`));
  });

  let db: DatabaseHelpers | undefined;
  if (payload.database) {
    if (!engine) return stop({ kind: 'runtime', message: message('runner:sqlUnavailable') });
    let database: Database;
    try {
      database = await engine.open(payload.database);
    } catch (error) {
      return stop({ kind: 'runtime', message: message('runner:sqlSetup', { error: errorText(error) }), detail: errorText(error) });
    }
    if (payload.sql && !runLearnerSql(session, database, payload.sql)) return stop();
    db = databaseHelpers(database);
    if (payload.sql) defineGlobal(self, 'query', db.query);
  }

  const http = payload.http;
  const env = db ? { db } : {};
  let server: unknown;
  if (http) {
    defineGlobal(self, 'request', (method: string, path: string, options?: RequestOptions) =>
      dispatch(server, toRequest(requestData(String(method), String(path), options)), env, session.resolve));
    if (db) defineGlobal(self, 'db', db);
  }

  // Every learner module runs (in file order, as the learner would expect), then the test module.
  try {
    for (const module of payload.modules) {
      if (http?.send && module.name === TESTS_FILE) continue;
      const namespace: unknown = await import(urls.get(module.name) ?? '');
      if (module.name === http?.entry) server = namespace;
    }
  } catch (error) {
    return stop(problemFromError(error, session.resolve));
  }
  if (http?.send) return stop(await answer(session, server, http.send, env));
  await session.finish();
}

/**
 * Runs the learner's statements, sending each result as it comes; then gives the tests `rows` and
 * `columns` (the last statement that returns rows) and `results` (every statement). False on an error.
 */
function runLearnerSql(session: Session, database: Database, sql: NonNullable<ModulePayload['sql']>): boolean {
  const { results, error } = runStatements(database, sql.source, {
    before: (statement) => session.outbox.send({ type: 'position', file: sql.file, line: statement.line }),
    after: (result) => session.outbox.send({ type: 'sql', table: toTable(result) }),
  });
  session.outbox.send({ type: 'position' });
  if (error) {
    session.report({ kind: 'syntax', message: message('runner:sqlError', { error: error.message, line: error.line }), detail: error.message, file: sql.file, line: error.line });
    return false;
  }
  const last = results.filter((result) => result.columns.length > 0).at(-1);
  defineGlobal(self, 'rows', last ? rowObjects(last.columns, last.values) : []);
  defineGlobal(self, 'columns', last ? [...last.columns] : []);
  defineGlobal(self, 'results', results.map((result) => ({ sql: result.sql, line: result.line, columns: result.columns, rows: rowObjects(result.columns, result.values) })));
  return true;
}

/** Sends the one request made by hand and reports the response (or why there is none). */
async function answer(session: Session, server: unknown, request: HttpRequest, env: object): Promise<RunProblem | undefined> {
  let built: Request;
  try {
    built = toRequest(request);
  } catch (error) {
    return { kind: 'runtime', message: message('runner:http.badRequest', { error: errorText(error) }), detail: errorText(error) };
  }
  try {
    const response = await dispatch(server, built, env, session.resolve);
    const body = await response.text();
    session.outbox.send({ type: 'response', response: { status: response.status, statusText: response.statusText, headers: [...response.headers], body } });
    return undefined;
  } catch (error) {
    if (error instanceof HandlerFailure) return { kind: 'runtime', message: error.failure.message, ...error.where };
    return problemFromError(error, session.resolve);
  }
}
