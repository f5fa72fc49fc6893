/** The runner in real Chromium: exercises pass with their solution, fail with their starter, and report well. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { css, exercise, html, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

const webExercise = exercise(
  'web',
  [html('<!DOCTYPE html>\n<link rel="stylesheet" href="style.css">\n<h1></h1>\n<p class="note">Ouvert</p>\n<script src="script.js"></script>'), css('h1 { color: black }'), js('script.js', '// écris ton code ici')],
  `describe('la page', () => {
  test('le titre dit Bonjour', () => {
    expect(text('h1')).toBe('Bonjour');
  });
  test('le titre est rouge', () => {
    expect(style('h1', 'color')).toBe('rgb(255, 0, 0)');
  });
});
test('la note est cachée', () => {
  expect(isVisible('.note')).toBe(false);
  expect($$('p')).toHaveLength(1);
});`,
  [css('h1 { color: red }\n.note { display: none }'), js('script.js', "document.querySelector('h1').textContent = 'Bonjour';")],
);

const jsExercise = exercise(
  'js',
  [js('cart.js', "import { sum } from './utils.js';\nexport function total(prices) {\n  return 0;\n}"), js('utils.js', 'export const sum = (a, b) => a + b;')],
  `import { total } from './cart.js';
test('un panier vide vaut 0', () => {
  expect(total([])).toBe(0);
});
test('additionne les prix', () => {
  expect(total([2, 3])).toBe(5);
});
test('async: arrive plus tard', async () => {
  await expect(Promise.resolve(total([1]))).resolves.toBe(1);
});`,
  [js('cart.js', "import { sum } from './utils.js';\nexport function total(prices) {\n  return prices.reduce(sum, 0);\n}")],
);

describe('web exercise', () => {
  test('passes with the solution, every test reported in file order', async () => {
    const { result } = await session.run(webExercise, [...webExercise.starter.slice(0, 1), ...webExercise.solution]);
    expect(result.problems).toEqual([]);
    expect(result.tests.map((t) => [t.path, t.name, t.status])).toEqual([
      [['la page'], 'le titre dit Bonjour', 'passed'],
      [['la page'], 'le titre est rouge', 'passed'],
      [[], 'la note est cachée', 'passed'],
    ]);
    expect(result.status).toBe('passed');
  });

  test('fails with the starter, with beginner messages and readable values', async () => {
    const { result } = await session.run(webExercise);
    expect(result.status).toBe('failed');
    expect(result.tests.map((t) => t.status)).toEqual(['failed', 'failed', 'failed']);
    expect(result.tests[0]?.failure).toEqual({
      message: { key: 'runner:expect.equalText', params: { expected: '«Bonjour»', received: '«»' } },
      expected: '«Bonjour»', received: '«»', line: 3,
    });
    expect(result.tests[1]?.failure?.received).toBe('«rgb(0, 0, 0)»');
  });

  test('console output is captured and readable, errors point at the learner file and line', async () => {
    const { result } = await session.run(exercise('web', [
      html('<h1>Hi</h1>\n<script src="script.js"></script>'),
      js('script.js', "console.log('panier', { total: 3, items: ['pain'] }, new Map([['a', 1]]));\nconsole.warn(new Set([1]));\nconsole.table([{ nom: 'Ana' }]);\nnull.x;"),
    ], "test('t', () => expect(text('h1')).toBe('Hi'));"));
    expect(result.console.map((entry) => [entry.level, entry.text, entry.file, entry.line])).toEqual([
      ['log', "panier { total: 3, items: ['pain'] } Map(1) { 'a' => 1 }", 'script.js', 1],
      ['warn', 'Set(1) { 1 }', 'script.js', 2],
      ['table', expect.stringContaining("│ 0       │ 'Ana' │"), 'script.js', 3],
    ]);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'runtime', file: 'script.js', line: 4, message: { key: 'runner:thrown.readNothing', params: { value: 'null', property: 'x' } } })]);
    expect(result.status).toBe('passed');
  });

  test('a syntax error is reported with its file and line, and the run is an error', async () => {
    const { result } = await session.run(exercise('web', [html('<script src="script.js"></script>'), js('script.js', 'let a = 1;\nlet b = ;')], "test('t', () => {});"));
    expect(result.status).toBe('error');
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'syntax', file: 'script.js', line: 2, column: 9 })]);
  });

  test('inline scripts in index.html report lines of index.html', async () => {
    const { result } = await session.run(exercise('web', [html('<p>a</p>\n<p>b</p>\n<script>\n  undefinedFunction();\n</script>')], "test('t', () => {});"));
    expect(result.problems[0]).toMatchObject({ file: 'index.html', line: 4 });
  });

  test('alert, confirm and prompt never block: they go to the output, tests script the answers', async () => {
    const { result } = await session.run(exercise('web', [
      html('<h1></h1><script src="script.js"></script>'),
      js('script.js', "alert('Bienvenue');\nconst name = prompt('Ton prénom ?');\nconst sure = confirm('Sûr ?');\ndocument.querySelector('h1').textContent = 'Bonjour ' + name + (sure ? ' !' : '');"),
    ], "answerPrompt('Ana');\nanswerConfirm(true);\ntest('salue', () => expect(text('h1')).toBe('Bonjour Ana !'));"));
    expect(result.status).toBe('passed');
    expect(result.console.map((entry) => [entry.level, entry.text])).toEqual([
      ['alert', 'Bienvenue'], ['prompt', "Ton prénom ? → 'Ana'"], ['confirm', 'Sûr ? → true'],
    ]);
  });

  test('the console is capped, with a truncated flag', async () => {
    const { result } = await session.run(exercise('web', [html('<script>for (let i = 0; i < 5000; i++) console.log(i);</script>')], "test('t', () => {});"));
    expect(result.console).toHaveLength(1000);
    expect(result.truncated).toBe(true);
  });

  test('preview shows the live page in the container, without tests', async () => {
    await session.page.evaluate((target) => window.runner.preview(document.getElementById('preview') as HTMLElement, target, target.starter),
      exercise('web', [html('<h1 id="live">Aperçu</h1>')], ''));
    const frame = session.page.frameLocator('#preview iframe');
    await expect.poll(() => frame.locator('#live').textContent()).toBe('Aperçu');
    expect(await session.page.locator('#preview iframe').getAttribute('sandbox')).toBe('allow-scripts allow-forms');
  });
});

describe('js exercise', () => {
  test('passes with the solution: tests import the learner exports, learner files import each other', async () => {
    const { result } = await session.run(jsExercise, [...jsExercise.solution, jsExercise.starter[1]!]);
    expect(result.tests.map((t) => t.status)).toEqual(['passed', 'passed', 'passed']);
    expect(result.status).toBe('passed');
  });

  test('fails with the starter, per test', async () => {
    const { result } = await session.run(jsExercise);
    expect(result.status).toBe('failed');
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ['un panier vide vaut 0', 'passed'], ['additionne les prix', 'failed'], ['async: arrive plus tard', 'failed'],
    ]);
    expect(result.tests[1]?.failure?.message).toEqual({ key: 'runner:expect.equalNumber', params: { expected: '5', received: '0' } });
  });

  test('a Jest/Vitest test file runs unchanged, console is captured with lines', async () => {
    const { result } = await session.run(exercise('js', [js('greet.js', "export const greet = (name) => `Bonjour ${name}`;\nconsole.log('chargé', [1, 2]);")],
      "import { describe, it, expect } from 'vitest';\nimport { greet } from './greet.js';\ndescribe('greet', () => {\n  it('salue', () => { expect(greet('Ana')).toBe('Bonjour Ana'); });\n});"));
    expect(result.status).toBe('passed');
    expect(result.console).toEqual([{ level: 'log', text: 'chargé [1, 2]', file: 'greet.js', line: 2 }]);
  });

  test('a runtime error at load stops the run with the learner file and line', async () => {
    const { result } = await session.run(exercise('js', [js('a.js', 'export const x = 1;\nconst list = null;\nlist.push(1);')], "import { x } from './a.js';\ntest('t', () => {});"));
    expect(result.status).toBe('error');
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'runtime', file: 'a.js', line: 3 })]);
  });

  test('unhandled rejections are reported', async () => {
    const { result } = await session.run(exercise('js', [js('a.js', "Promise.reject(new Error('oups'));\nexport const x = 1;")], "import { x } from './a.js';\ntest('t', async () => { await new Promise((r) => setTimeout(r, 20)); });"));
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'rejection', file: 'a.js', line: 1, detail: 'Error: oups' })]);
  });

  test('import mistakes are reported before running', async () => {
    const { result } = await session.run(exercise('js', [js('a.js', 'export const x = 1;')], "import { y } from './a.js';"));
    expect(result).toMatchObject({ status: 'error', problems: [{ message: { key: 'runner:missingExport' }, file: 'exercise.test.js', line: 1 }] });
  });
});

test('http and sql exercises without their entry file say what is missing', async () => {
  const { result: sqlResult } = await session.run(exercise('sql', [], ''));
  expect(sqlResult).toMatchObject({ status: 'error', problems: [{ message: { key: 'runner:sqlNoFile' } }], sql: [] });
  const { result: httpResult } = await session.run(exercise('http', [js('app.js', 'export default {};')], ''));
  expect(httpResult).toMatchObject({ status: 'error', problems: [{ message: { key: 'runner:http.noServer' } }] });
});
