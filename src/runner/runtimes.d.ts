/** The sandbox runtimes, bundled to self-contained classic scripts by `runnerPlugin()` (vite-plugin.ts). */
declare module 'virtual:sirius-runner-sandbox' {
  /** sandbox/frame-main.ts: the web frame's runtime. */
  export const frameRuntime: string;
  /** sandbox/js-host-main.ts: the js frame's runtime, which starts the worker. */
  export const jsHostRuntime: string;
  /** sandbox/worker-main.ts: the js worker's runtime. */
  export const workerRuntime: string;
}

/** The runtime for runs with a database, loaded only when an exercise needs SQLite. */
declare module 'virtual:sirius-runner-sandbox/sql' {
  /** sandbox/sql-worker-main.ts: the worker runtime with sql.js's glue (its WebAssembly comes separately). */
  export const sqlWorkerRuntime: string;
}
