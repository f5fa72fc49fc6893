import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The floor for an app like ours, built in the same run: a bare Svelte 5 page that greets through i18next.
 * Written into a folder inside the project so it resolves the same packages. Returns its dist folder.
 */
export async function buildBaseline(workDir: string): Promise<string> {
  const root = join(workDir, 'baseline');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Baseline</title></head><body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>',
  );
  writeFileSync(
    join(root, 'main.ts'),
    [
      "import i18next from 'i18next';",
      "import { mount } from 'svelte';",
      "import Hello from './Hello.svelte';",
      "await i18next.init({ lng: 'fr', resources: { fr: { translation: { hello: 'Bonjour Liège' } } } });",
      "mount(Hello, { target: document.getElementById('app')!, props: { text: i18next.t('hello') } });",
    ].join('\n'),
  );
  writeFileSync(join(root, 'Hello.svelte'), '<script lang="ts">let { text }: { text: string } = $props();</script>\n<main><h1>{text}</h1></main>\n');
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [svelte()],
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  return outDir;
}
