import { expect, test } from 'vitest';
import { entryScript } from './stale-chunks.ts';

test('finds the entry script a built index.html names', () => {
  const html = `<!doctype html><html><head><meta charset="utf-8" />
    <script type="module" crossorigin src="./assets/index-kbmLxWL9.js"></script>
    <link rel="stylesheet" href="./assets/app.css"></head><body><div id="app"></div></body></html>`;
  expect(entryScript(html)).toBe('./assets/index-kbmLxWL9.js');
});

test('a page without a module script (an error page of the host) names none', () => {
  expect(entryScript('<html><body>502 Bad Gateway</body></html>')).toBeUndefined();
  expect(entryScript('<script src="./old.js"></script>')).toBeUndefined();
});
