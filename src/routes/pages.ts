import type { Component } from 'svelte';
import { pageNamespaces } from 'virtual:sirius/i18n';

// Every page but the two the app ships with (home, not found) is its own chunk, downloaded on the first visit.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page has its own props
type PageModule = { default: Component<any> };
const PAGES = import.meta.glob<PageModule>(['./*.svelte', '!./Home.svelte', '!./NotFound.svelte']);

/**
 * A page loaded on demand (`src/routes/<name>.svelte`) with the translation namespaces its components use,
 * found at build time: what `LazyRoute` needs to show it.
 */
export const lazyPage = (name: string): { load: () => Promise<PageModule>; namespaces: string[] } => ({
  // A name with no file fails like a download that failed: the page says it could not load (pages.test.ts checks them).
  load: PAGES[`./${name}.svelte`] ?? (() => Promise.reject(new Error(`no page src/routes/${name}.svelte`))),
  namespaces: pageNamespaces[name] ?? [],
});
