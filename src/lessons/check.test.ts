import { describe, expect, test } from 'vitest';
import type { RunResult, TestResult } from '../runner/types.ts';
import { verdictIssues } from './check.ts';
import type { ParsedExercise, ParsedLesson } from './types.ts';

const lesson = { file: 'lessons/web/01-a/fr.md' } as ParsedLesson;
const exercise = { id: 'menu', line: 12 } as ParsedExercise;
const run = (tests: TestResult[], status: RunResult['status'] = 'failed'): RunResult => ({ status, tests, console: [], problems: [], truncated: false, durationMs: 1 });
const failed = (failure: TestResult['failure']): TestResult => ({ name: 'la liste a trois plats', path: ['menu'], status: 'failed', failure, durationMs: 1 });
const passing = run([{ name: 'x', path: [], status: 'passed', durationMs: 1 }], 'passed');

describe('what an exercise’s runs say to the trainer', () => {
  test('a failed comparison shows what was expected and received', () => {
    const solution = run([failed({ message: { key: 'runner:expect.equalText', params: { expected: '«3»', received: '«2»' } }, expected: '«3»', received: '«2»', line: 4 })]);
    expect(verdictIssues({ lesson, exercise, starter: run([]), solution, variants: [] })[0]?.message).toBe(
      "exercice « menu » : la solution ne réussit pas : le test « menu › la liste a trois plats » échoue à la ligne 4 des tests : On attendait le texte «3», mais on a obtenu «2».",
    );
  });

  test('a test that throws shows its error text, not "expected ?, received ?"', () => {
    const solution = run([failed({ message: { key: 'runner:testError', params: { error: "TypeError: Cannot read properties of null (reading 'textContent')" } } })]);
    const [issue] = verdictIssues({ lesson, exercise, starter: run([]), solution, variants: [] });
    expect(issue).toEqual({
      file: 'lessons/web/01-a/fr.md',
      line: 12,
      column: 1,
      message:
        "exercice « menu » : la solution ne réussit pas : le test « menu › la liste a trois plats » échoue : Le test a rencontré une erreur : TypeError: Cannot read properties of null (reading 'textContent')",
    });
    expect(issue?.message).not.toContain('?');
  });

  test('a starter that already passes', () => {
    expect(verdictIssues({ lesson, exercise, starter: passing, solution: passing, variants: [] }).map((issue) => issue.message)).toEqual([
      "exercice « menu » : le code de départ réussit déjà tous les tests : l'apprenant n'aurait rien à faire",
    ]);
  });
});
