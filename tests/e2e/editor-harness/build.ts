import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';
import { translationsPlugin } from '../../../src/i18n/vite-plugin.ts';

/** Builds the editor harness page (a lazy editor between two buttons) into `outDir`, for tests and the bench. */
export async function buildEditorHarness(outDir: string): Promise<void> {
  await build({
    root: import.meta.dirname,
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [svelte(), translationsPlugin()],
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 1024 },
  });
}
