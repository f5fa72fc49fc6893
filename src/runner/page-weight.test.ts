import { expect, test } from 'vitest';
import { pageWeight } from './page-weight.ts';

test('a page weighs its files in UTF-8 bytes, embedded images apart', () => {
  const image = 'data:image/svg+xml;utf8,<svg></svg>';
  expect(
    pageWeight([
      { language: 'html', content: `<p>Liège</p><img src="${image}">` },
      { language: 'css', content: 'p{color:red}' },
      { language: 'js', content: '' },
    ]),
  // «è» takes two bytes: the paragraph is 13 bytes, the image tag around the URL 12.
  ).toEqual({ total: 72, html: 25, css: 12, js: 0, images: 35 });
});

test('an SVG image written as text counts whole, spaces and quotes included, in HTML and CSS', () => {
  const svg = "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'></svg>";
  const weight = pageWeight([
    { language: 'html', content: `<img src="${svg}" alt="a">`.repeat(6) },
    { language: 'css', content: `body { background: url("${svg}"); }` },
  ]);
  expect(weight.images).toBe(7 * svg.length);
  expect(weight.html + weight.css + weight.images).toBe(weight.total);
});

test('the page\'s own server (server.js) is not downloaded by the browser: it does not count', () => {
  const page = { name: 'index.html', language: 'html' as const, content: '<p>Menu</p>' };
  expect(pageWeight([page, { name: 'server.js', language: 'js', content: 'export default {};' }])).toEqual(pageWeight([page]));
});
