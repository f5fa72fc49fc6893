import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Files a route downloads before it can show: the entry script, its preloaded chunks and styles. */
export function initialFiles(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="\.\/([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  // Static imports of the entry are loaded at once too (Vite lists them as modulepreload).
  return [...new Set(urls)];
}

export const gzipSize = (outDir: string, file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
export const read = (outDir: string, file: string) => readFileSync(join(outDir, file), 'utf8');

/** The files the service worker downloads on the first visit: its precache manifest, as written into `sw.js`. */
export function precacheFiles(outDir: string): string[] {
  const manifest = /precacheAndRoute\((\[[^\]]*\])/.exec(read(outDir, 'sw.js'))?.[1];
  if (!manifest) throw new Error('no precache manifest in sw.js');
  return [...manifest.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
}

export const byteSize = (outDir: string, file: string) => statSync(join(outDir, file)).size;
