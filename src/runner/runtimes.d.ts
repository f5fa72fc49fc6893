/** The sandbox runtimes, bundled to self-contained classic scripts by `runnerPlugin()` (vite-plugin.ts). */
declare module 'virtual:sirius-runner-sandbox' {
  /** sandbox/frame-main.ts: the web frame's runtime. */
  export const frameRuntime: string;
  /** sandbox/js-host-main.ts: the js frame's runtime, which starts the worker. */
  export const jsHostRuntime: string;
  /** sandbox/worker-main.ts: the js worker's runtime. */
  export const workerRuntime: string;
}
