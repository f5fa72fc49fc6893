import { expect, test } from 'vitest';
import { README_NAME, safeName, siteEntries, siteName } from './site-files.ts';

const readme = { title: 'Votre site', steps: ['Ouvrez index.html.', 'Mettez-le en ligne.'] };
const files = [
  { name: 'index.html', content: '<link rel="stylesheet" href="style.css"><h1>Boulangerie</h1><script src="script.js"></script>' },
  { name: 'style.css', content: 'h1 { color: rgb(200, 0, 0); }' },
  { name: 'script.js', content: 'console.log(1);' },
];

test('the learner files keep their names in one folder, so the page finds them from disk', () => {
  const entries = siteEntries('first-page-say-hello', files, readme);
  expect(entries.map((entry) => entry.path)).toEqual([
    'first-page-say-hello/index.html',
    'first-page-say-hello/style.css',
    'first-page-say-hello/script.js',
    `first-page-say-hello/${README_NAME}`,
  ]);
  expect(entries.slice(0, 3).map((entry) => entry.content)).toEqual(files.map((file) => file.content));
});

test('the read-me numbers the steps, with Windows line ends and a byte order mark for old Notepad', () => {
  const text = siteEntries('site', files, readme).at(-1)!.content;
  expect(text).toBe('\ufeffVotre site\r\n\r\n1. Ouvrez index.html.\r\n\r\n2. Mettez-le en ligne.\r\n');
});

test('names from lessons become safe file names: no folders, no accents, never empty', () => {
  expect(siteName('front-end/first-page', 'say-hello')).toBe('first-page-say-hello');
  expect(safeName('../../Évé nement/x')).toBe('eve-nement-x');
  expect(safeName('سلام')).toBe('site');
  expect(siteEntries('a/../b', [{ name: '../index.html', content: '' }], readme)[0]!.path).toBe('a-.-b/index.html');
});
