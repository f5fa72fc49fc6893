/**
 * Bundles the sandbox runtimes into strings the host inlines into sandbox documents. A sandboxed frame
 * has an opaque origin, so it cannot load the app's modules (they would need CORS): its code must be
 * inline and self-contained. Works the same in `vite dev` and `vite build`; register it in vite.config.ts.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

/**
 * Virtual module → the runtimes it exports (name → entry). The SQLite runtime is a module of its own so
 * that only runs with a database load it.
 */
const MODULES: Record<string, Record<string, string>> = {
  'virtual:sirius-runner-sandbox': {
    frameRuntime: 'sandbox/frame-main.ts',
    jsHostRuntime: 'sandbox/js-host-main.ts',
    workerRuntime: 'sandbox/worker-main.ts',
  },
  'virtual:sirius-runner-sandbox/sql': {
    sqlWorkerRuntime: 'sandbox/sql-worker-main.ts',
  },
};

async function bundle(entry: string): Promise<Rolldown.OutputChunk> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: { input: fileURLToPath(new URL(entry, import.meta.url)), output: { format: 'iife' } },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as Rolldown.RolldownOutput;
  return chunk.output[0];
}

/** Provides `virtual:sirius-runner-sandbox` and `virtual:sirius-runner-sandbox/sql` (see runtimes.d.ts). */
export function runnerPlugin(): Plugin {
  return {
    name: 'sirius-runner-sandbox',
    resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
    async load(id) {
      const entries = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      if (!entries) return undefined;
      const chunks = await Promise.all(Object.values(entries).map(bundle));
      // Real files only: a bundler-internal module (rolldown's CommonJS helpers for sql.js, "\0…") would
      // be taken for an import by the dev server, which cannot resolve it.
      for (const chunk of chunks) for (const module of chunk.moduleIds) if (!module.startsWith('\0')) this.addWatchFile(module);
      return Object.keys(entries).map((name, index) => `export const ${name} = ${JSON.stringify(chunks[index]?.code ?? '')};`).join('\n');
    },
  };
}
