import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { sourceVersion } from '../lessons/freshness.ts';
import { namespacesOf } from './page-namespaces.ts';

const VIRTUAL_ID = 'virtual:sirius/i18n';
const LOCALES = join(import.meta.dirname, 'locales');
const SRC = join(import.meta.dirname, '..');
const ROUTES = join(SRC, 'routes');

/** Each page of `src/routes` (by file name, `LessonPage`) → the namespaces it and its parts use, if any; the files read. */
function pageNamespaces(known: readonly string[]): { pages: Record<string, string[]>; read: Set<string> } {
  const read = new Set<string>();
  const readFile = (path: string) => {
    const full = join(SRC, path);
    if (!existsSync(full)) return undefined;
    read.add(full);
    return readFileSync(full, 'utf8');
  };
  const pages = Object.fromEntries(
    readdirSync(ROUTES)
      .filter((name) => name.endsWith('.svelte'))
      .map((name) => [name.slice(0, -'.svelte'.length), namespacesOf(`routes/${name}`, known, readFile)] as const)
      .filter(([, namespaces]) => namespaces.length > 0),
  );
  return { pages, read };
}

/** Every translation file, as `i18n/<locale>/<namespace>.json` → its text. */
function translationFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const locale of readdirSync(LOCALES, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const name of readdirSync(join(LOCALES, locale.name)).filter((file) => file.endsWith('.json'))) {
      // Parsed and written again: a syntax error stops the build here, not in a learner's browser.
      const data: unknown = JSON.parse(readFileSync(join(LOCALES, locale.name, name), 'utf8'));
      files.set(`i18n/${locale.name}/${name}`, JSON.stringify(data));
    }
  }
  return files;
}

/**
 * Ships translations as plain JSON files at computed paths (`i18n/<locale>/<namespace>.json?v=…`), so the
 * home page carries no table of every language's files; `virtual:sirius/i18n` gives their version, the
 * list of namespaces and the namespaces each page needs (read from its components, see `page-namespaces.ts`). Served live in dev, emitted (and precached for offline use) at build.
 */
export function translationsPlugin(): Plugin {
  return {
    name: 'sirius-translations',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      const files = translationFiles();
      const namespaces = [...files.keys()].filter((path) => path.startsWith('i18n/fr/')).map((path) => path.slice(8, -5));
      for (const path of files.keys()) this.addWatchFile(join(LOCALES, path.slice(5)));
      // A component that starts using another namespace changes its page's list.
      const pages = pageNamespaces(namespaces);
      for (const path of pages.read) this.addWatchFile(path);
      return [
        `export const translationsVersion = ${JSON.stringify(sourceVersion([...files].flat().join('\n')))};`,
        `export const namespaces = ${JSON.stringify(namespaces)};`,
        `export const pageNamespaces = ${JSON.stringify(pages.pages)};`,
      ].join('\n');
    },
    generateBundle() {
      for (const [fileName, source] of translationFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        const body = path.startsWith('i18n/') ? translationFiles().get(path) : undefined;
        if (body === undefined) return next();
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(body);
      });
    },
  };
}
