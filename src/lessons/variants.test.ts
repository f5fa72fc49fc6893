import { describe, expect, test } from 'vitest';
import type { RunResult, TestResult } from '../runner/types.ts';
import { formatIssue } from './issue.ts';
import { setMessageLocale } from './messages/index.ts';
import { parseLesson } from './parse.ts';
import type { ExerciseVariant, ParsedExercise } from './types.ts';
import { variantFiles, variantProblem } from './variants.ts';

// These tests read the English catalogue; the French one is checked in messages/.
setMessageLocale('en');

const location = { id: 'back-end/api', track: 'back-end', slug: 'api', order: 1, locale: 'fr', file: 'lessons/back-end/01-api/fr.md' };

/** An exercise with two files, then `extra` blocks (variants) before its test block. */
function exercise(extra: string): { exercise?: ParsedExercise; messages: string[] } {
  const source = `---
title: T
summary: S
duration: 10
level: beginner
objectives: [o]
---
Du texte.

:::exercise{id=total kind=js title="Total"}
Écris total.

\`\`\`js starter cart.js
export const total = () => 0;
\`\`\`

\`\`\`js starter prices.js
export const prices = [1, 2];
\`\`\`

\`\`\`js solution cart.js
export function total(list) { return list.reduce((sum, price) => sum + price, 0); }
\`\`\`
${extra}
\`\`\`js test
test('ok', () => {});
\`\`\`

\`\`\`md hint
reduce
\`\`\`
:::
`;
  const { lesson, issues } = parseLesson(source, location);
  const block = lesson?.blocks.find((candidate) => candidate.type === 'exercise');
  return { exercise: block?.type === 'exercise' ? block.exercise : undefined, messages: issues.map(formatIssue) };
}

const file = 'lessons/back-end/01-api/fr.md';

describe('other solutions and wrong answers in the lesson format', () => {
  test('blocks with the same role and name are the files of one variant; catches may hold spaces and quotes', () => {
    const { exercise: parsed, messages } = exercise(`
\`\`\`js solution:arrow cart.js
export const total = (list) => list.reduce((sum, price) => sum + price, 0);
\`\`\`

\`\`\`js wrong:first-only cart.js catches="le total d'une liste de \\"deux\\" prix"
export const total = (list) => list[0];
\`\`\`

\`\`\`js wrong:first-only prices.js
export const prices = [1];
\`\`\`

\`\`\`js wrong cart.js
export const total = () => 3;
\`\`\`
`);
    expect(messages).toEqual([]);
    expect(parsed?.solution.map((solved) => solved.name)).toEqual(['cart.js']);
    expect(parsed?.variants).toEqual([
      { role: 'solution', name: 'arrow', line: 25, files: [{ name: 'cart.js', language: 'js', content: 'export const total = (list) => list.reduce((sum, price) => sum + price, 0);' }] },
      {
        role: 'wrong', name: 'first-only', line: 29, catches: 'le total d\'une liste de "deux" prix',
        files: [
          { name: 'cart.js', language: 'js', content: 'export const total = (list) => list[0];' },
          { name: 'prices.js', language: 'js', content: 'export const prices = [1];' },
        ],
      },
      { role: 'wrong', name: '', line: 37, files: [{ name: 'cart.js', language: 'js', content: 'export const total = () => 3;' }] },
    ]);
  });

  test('mistakes in variant blocks point at their fence', () => {
    const { messages } = exercise(`
\`\`\`js wrong page.js
x
\`\`\`

\`\`\`js wrong cart.js
x
\`\`\`

\`\`\`js wrong cart.js
y
\`\`\`

\`\`\`js solution:arrow cart.js catches="ok"
x
\`\`\`

\`\`\`js wrong:x cart.js title="ok"
x
\`\`\`

\`\`\`js wrong:Bad cart.js
x
\`\`\`

\`\`\`js test:x
x
\`\`\`
`);
    expect(messages).toEqual([
      `${file}:37:4: another solution takes no attribute ("catches")`,
      `${file}:41:4: unknown attribute "title" (a wrong answer takes catches="test name")`,
      `${file}:45:4: unknown block role "wrong:Bad" (use one of: starter, solution, test, hint, schema, seed, wrong, solution:name, wrong:name)`,
      `${file}:49:4: only solution and wrong blocks take a name: write "test"`,
      `${file}:25:1: the wrong file "page.js" has no starter file of that name`,
      `${file}:33:1: the wrong file "cart.js" is given twice: give each wrong answer a name (wrong:concat)`,
    ]);
  });
});

const passed = (name: string): TestResult => ({ name, path: [], status: 'passed', durationMs: 1 });
const failed = (name: string, path: string[] = []): TestResult => ({ name, path, status: 'failed', durationMs: 1 });
const run = (status: RunResult['status'], tests: TestResult[]): RunResult => ({ status, tests, console: [], problems: [], truncated: false, durationMs: 5 });
const variant = (role: ExerciseVariant['role'], catches?: string): ExerciseVariant => ({
  role, name: 'concat', line: 40, files: [], ...(catches === undefined ? {} : { catches }),
});
const describeRun = (result: RunResult) => `status ${result.status}`;

describe('judging a variant run', () => {
  test('another solution must pass', () => {
    expect(variantProblem(variant('solution'), run('passed', [passed('a')]), describeRun)).toBeUndefined();
    expect(variantProblem(variant('solution'), run('failed', [failed('a')]), describeRun)).toBe('the other solution "solution:concat" does not pass: status failed');
  });

  test('a wrong answer must fail, and fail the test it names (by name or with its describe path)', () => {
    expect(variantProblem(variant('wrong'), run('passed', [passed('a')]), describeRun)).toBe('the wrong answer "wrong:concat" passes every test: add a test that catches it');
    expect(variantProblem(variant('wrong'), run('error', []), describeRun)).toBeUndefined();
    expect(variantProblem(variant('wrong', 'b'), run('failed', [passed('a'), failed('b')]), describeRun)).toBeUndefined();
    expect(variantProblem(variant('wrong', 'api › b'), run('failed', [failed('b', ['api'])]), describeRun)).toBeUndefined();
    expect(variantProblem(variant('wrong', 'b'), run('failed', [failed('a'), passed('b')]), describeRun)).toBe(
      'the wrong answer "wrong:concat" passes the test "b" that should catch it (it fails "a")',
    );
    expect(variantProblem(variant('wrong', 'b'), run('timeout', []), describeRun)).toBe(
      'the wrong answer "wrong:concat" should be caught by the test "b", but no test ran (status timeout)',
    );
    expect(variantProblem(variant('wrong', 'c'), run('failed', [failed('a')]), describeRun)).toBe(
      'the wrong answer "wrong:concat" should be caught by a test "c", but no test has that name (it fails "a")',
    );
  });

  test('a variant runs with the whole solution, its own files put in place', () => {
    const solution = [
      { name: 'index.html', language: 'html' as const, content: '<p>ok</p>' },
      { name: 'style.css', language: 'css' as const, content: 'p {}' },
    ];
    const wrong = { ...variant('wrong'), files: [{ name: 'style.css', language: 'css' as const, content: 'b {}' }] };
    expect(variantFiles(solution, wrong).map((one) => one.content)).toEqual(['<p>ok</p>', 'b {}']);
  });
});
