import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('lessons:check runs every other solution and every wrong answer, and says where each one misbehaves', () => {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts', '--root', 'tests/fixtures/lessons-variants', '--lang', 'en'], { encoding: 'utf8' });
  const output = `${result.stdout}\n${result.stderr}`;
  const file = 'tests/fixtures/lessons-variants/web/01-variants/fr.md';
  expect(result.status).toBe(1);
  const problems = output.split('\n').filter((line) => line.startsWith(file));
  // Static problems and warnings print first, then what the runs found.
  expect(problems).toEqual([
    `${file}:72:1: exercise "page": the solution has a full page index.html without <meta name="viewport" content="width=device-width, initial-scale=1">: phones would draw it 980 px wide`,
    `${file}:124:1: warning: the lesson has no recap: end it with a "## Remember" section after the last exercise`,
    `${file}:31:1: exercise "vat": the other solution "solution:wrong-too" does not pass: test "100 centimes font 121 centimes" fails at line 4 of the tests: Expected the number 121, but got 100.`,
    `${file}:43:1: exercise "vat": the wrong answer "wrong:caught-elsewhere" passes the test "le prix est arrondi au centime" that should catch it (it fails "100 centimes font 121 centimes")`,
    `${file}:47:1: exercise "vat": the wrong answer "wrong:lucky" passes every test: add a test that catches it`,
    `${file}:51:1: exercise "vat": the wrong answer "wrong:typo" should be caught by a test "un test qui n'existe pas", but no test has that name (it fails "100 centimes font 121 centimes", "le prix est arrondi au centime")`,
  ]);
}, 120_000);
