/**
 * Bundles the sandbox runtimes into strings the host inlines into sandbox documents. A sandboxed frame
 * has an opaque origin, so it cannot load the app's modules (they would need CORS): its code must be
 * inline and self-contained. Works the same in `vite dev` and `vite build`; register it in vite.config.ts.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

const VIRTUAL_ID = 'virtual:sirius-runner-sandbox';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

const ENTRIES = {
  frameRuntime: 'sandbox/frame-main.ts',
  jsHostRuntime: 'sandbox/js-host-main.ts',
  workerRuntime: 'sandbox/worker-main.ts',
} as const;

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

/** Provides `virtual:sirius-runner-sandbox` (see runtimes.d.ts). */
export function runnerPlugin(): Plugin {
  return {
    name: 'sirius-runner-sandbox',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const chunks = await Promise.all(Object.values(ENTRIES).map(bundle));
      for (const chunk of chunks) for (const module of chunk.moduleIds) this.addWatchFile(module);
      return Object.keys(ENTRIES).map((name, index) => `export const ${name} = ${JSON.stringify(chunks[index]?.code ?? '')};`).join('\n');
    },
  };
}
