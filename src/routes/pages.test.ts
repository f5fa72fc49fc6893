import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('every page the app loads by name has its file in src/routes', () => {
  const app = readFileSync(join(import.meta.dirname, '..', 'App.svelte'), 'utf8');
  const names = [...app.matchAll(/<LazyRoute\s+page="(\w+)"/g)].map((match) => match[1] ?? '');
  expect(names.length).toBeGreaterThanOrEqual(10);
  expect(names.filter((name) => !existsSync(join(import.meta.dirname, `${name}.svelte`)))).toEqual([]);
});
