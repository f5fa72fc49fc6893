/**
 * What runs with a database need, loaded on the first such run only (runner.ts imports this module
 * dynamically): the sandbox document whose worker carries sql.js, and SQLite's WebAssembly bytes. The
 * sandbox cannot fetch the app's files (opaque origin, no network), so the host fetches the bytes — from
 * the service worker's precache once the app was visited — and hands them to each sandbox it opens.
 */
import { sqlWorkerRuntime } from 'virtual:sirius-runner-sandbox/sql';
import { jsHostRuntime } from 'virtual:sirius-runner-sandbox';
// The glue in the worker is sql.js's browser build: its WebAssembly must come from the same build.
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { SQL_POLICY } from './document-parts.ts';
import { buildJsDocument } from './js-document.ts';
import { PRELOAD, type PreloadMessage } from './protocol.ts';

export interface SqlRuntime {
  /** The sandbox document for runs with a database. */
  document: string;
  /** SQLite's WebAssembly, for each of those sandboxes to compile as soon as it starts. */
  preload: PreloadMessage;
}

/** Fetches the WebAssembly and builds the document; rejects when the bytes cannot be had (offline, first visit). */
export async function loadSqlRuntime(): Promise<SqlRuntime> {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`SQLite could not be loaded (${response.status})`);
  return { document: buildJsDocument(jsHostRuntime, sqlWorkerRuntime, SQL_POLICY), preload: { type: PRELOAD, wasm: await response.arrayBuffer() } };
}
