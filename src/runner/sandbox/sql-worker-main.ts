/**
 * Runtime of the worker for runs with a database (sql kind, http with a database): the js runtime plus
 * sql.js's glue. SQLite's WebAssembly comes from the host in the preload message (an opaque-origin
 * sandbox cannot fetch the app's files). A prepared worker compiles it and runs SQLite's common paths
 * once while it waits for its run; a worker whose run is already waiting skips that warm-up.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { openDatabase, warmUp } from './sql-database.ts';
import { serveRuns } from './worker-run.ts';

let adopt: ((loading: Promise<SqlJsStatic>) => void) | undefined;
const engine = new Promise<SqlJsStatic>((resolve) => { adopt = resolve; });
let runWaiting = false;

serveRuns({
  preload: (wasm) => {
    const loading = initSqlJs({ wasmBinary: wasm });
    // Registered before any run's `await engine`, so it runs first, and only when no run waits.
    void loading.then((SQL) => runWaiting || warmUp(SQL));
    adopt?.(loading);
    adopt = undefined;
  },
  open: async (database) => {
    runWaiting = true;
    return openDatabase(await engine, database);
  },
});
