/**
 * Which translation namespaces a page needs, read from its source: every namespace named in a key
 * (`'pages:settings.title'`) in the page or in any module it imports, statically or on demand. A component
 * moved to another page takes its strings along; nobody lists them by hand. Pure: the build hands the files.
 */
import { dirname, join, normalize } from 'node:path';

/** Relative imports: `from './x.svelte'`, `import './x.ts'`, `import('./x.svelte')` (a `?query` is dropped). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;
/** `import type … from './x.ts'`: erased at build, it loads nothing. */
const TYPE_ONLY = /\b(?:import|export)\s+type\s[^'"]*?\bfrom\s*['"][^'"]+['"]/g;
const KEY = /['"`]([a-z]+):[\w.-]+['"`]/g;
const CODE = /\.(svelte|ts)$/;

/**
 * The namespaces of `known` that the module at `entry` and everything it imports use, sorted. `read` gives a
 * file's text, or `undefined` when there is no such file.
 */
export function namespacesOf(entry: string, known: readonly string[], read: (path: string) => string | undefined): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !CODE.test(path)) return;
    seen.add(path);
    const text = read(path);
    if (text === undefined) return;
    for (const [, namespace] of text.matchAll(KEY)) if (namespace && known.includes(namespace)) found.add(namespace);
    for (const [, target] of text.replace(TYPE_ONLY, '').matchAll(IMPORT)) if (target) visit(normalize(join(dirname(path), target)));
  };
  visit(normalize(entry));
  return [...found].sort();
}
