import { describe, expect, test } from 'vitest';
import type { ExerciseFile } from '../lessons/types.ts';
import { buildWebDocument } from './web-document.ts';

const file = (name: string, language: ExerciseFile['language'], content: string): ExerciseFile => ({ name, language, content });
const config = { files: ['index.html'], timeLeftMs: 2600, weight: { total: 0, html: 0, css: 0, js: 0, images: 0 }, orderedRows: false };

function build(files: ExerciseFile[], tests?: string) {
  return buildWebDocument({ files, tests, runtime: 'RUNTIME()', config });
}

describe('buildWebDocument', () => {
  test('policy and runtime come first, after the doctype, then the wrapped tests', () => {
    const { html } = build([file('index.html', 'html', '<!DOCTYPE html>\n<h1>Hi</h1>')], "test('t', () => {});");
    expect(html.startsWith(`<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none'`)).toBe(true);
    expect(html.indexOf('RUNTIME()')).toBeLessThan(html.indexOf('__siriusTests(function ({ describe'));
    expect(html).toContain('//# sourceURL=exercise.test.js');
    expect(html.endsWith('\n<h1>Hi</h1>')).toBe(true);
  });

  test('a <meta http-equiv="refresh"> is taken out, so the page cannot navigate away by itself', () => {
    const page = '<head><meta charset="utf-8"><META HTTP-EQUIV="Refresh" content="0; url=http://127.0.0.1/">\n</head><p>x</p>';
    const { html } = build([file('index.html', 'html', page)]);
    expect(html).not.toMatch(/refresh/i);
    expect(html).toContain('<meta charset="utf-8">\n</head><p>x</p>');
  });

  test('linked CSS and JS files are inlined; scripts are guarded and named after their file', () => {
    const { html, problems } = build([
      file('index.html', 'html', '<link rel="stylesheet" href="style.css"><p>x</p><script src="./script.js"></script>'),
      file('style.css', 'css', 'p { color: red }'),
      file('script.js', 'js', 'while (true) {}'),
    ]);
    expect(problems).toEqual([]);
    expect(html).toContain('<link rel="stylesheet" href="style.css" disabled><style data-file="style.css">p { color: red }</style><p>x</p><script>{let __siriusTurns=2047;while (true) {if(--__siriusTurns<0){__siriusTurns=2047;__siriusLoop("script.js",1)}}}\n//# sourceURL=script.js</script>');
  });

  test('inline scripts keep their page line numbers', () => {
    const { html } = build([file('index.html', 'html', '<p>1</p>\n<p>2</p>\n<script>\nfor (;;) {}\n</script>')]);
    expect(html).toContain('<script>\n\n\n{let __siriusTurns=2047;for (;;) {if(--__siriusTurns<0){__siriusTurns=2047;__siriusLoop("index.html",4)}}}\n\n//# sourceURL=index.html</script>');
  });

  test('deferred scripts move after the page; </script> inside code cannot close the element', () => {
    const { html } = build([
      file('index.html', 'html', '<head><script src="script.js" defer></script></head><body><p>x</p></body>'),
      file('script.js', 'js', 'const s = "</script><script>alert(1)";'),
    ]);
    expect(html).toMatch(/<body><p>x<\/p><\/body><script>const s = "<\\\/script><script>alert\(1\)";/);
  });

  test('the runtime is told whether the test file follows it (it hands the test API out to that script only)', () => {
    const page = [file('index.html', 'html', '<p>x</p>')];
    const told = (tests?: string) => build(page, tests).html.match(/&quot;tests&quot;:(true|false)/)?.[1];
    expect(told("test('t', () => {});")).toBe('true');
    expect(told('test(')).toBe('false');
    expect(told()).toBe('false');
  });

  test('missing files and syntax errors are problems with the page line', () => {
    const { problems } = build([file('index.html', 'html', '<p>x</p>\n<script src="app.js"></script>\n<script>let = ;</script>')], 'test(');
    expect(problems.map((problem) => [problem.message.key, problem.file, problem.line])).toEqual([
      ['runner:fileNotFound', 'index.html', 2],
      ['runner:syntax', 'index.html', 3],
      ['runner:syntax', 'exercise.test.js', 1],
    ]);
  });

  test('server.js runs before the page\'s scripts, as its server; the runtime is told there is one', () => {
    const { html, problems } = build([
      file('index.html', 'html', '<p>x</p><script src="script.js"></script>'),
      file('script.js', 'js', "fetch('/api');"),
      file('server.js', 'js', 'export default { fetch: () => new Response() };'),
    ], "test('t', () => {});");
    expect(problems).toEqual([]);
    expect(html).toContain('&quot;server&quot;:true');
    expect(html.indexOf('//# sourceURL=exercise.test.js')).toBeLessThan(html.indexOf('__siriusServer(async function (__siriusExports)'));
    expect(html.indexOf('//# sourceURL=server.js')).toBeLessThan(html.indexOf('<p>x</p>'));
  });

  test('a page that loads server.js with <script> is told it is the server; a broken server.js is a problem', () => {
    const { html, problems } = build([
      file('index.html', 'html', '<p>x</p>\n<script src="server.js"></script>'),
      file('server.js', 'js', 'export default {'),
    ]);
    expect(problems.map((problem) => [problem.message.key, problem.file, problem.line])).toEqual([
      ['runner:page.serverScript', 'index.html', 2],
      ['runner:syntax', 'server.js', 1],
    ]);
    expect(html).not.toContain('__siriusServer(');
    expect(html).toContain('&quot;server&quot;:true');
  });
});
