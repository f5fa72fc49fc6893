/**
 * The host's own list of an exercise's tests, so that a run's report cannot be forged by learner code.
 *
 * How the host knows the tests: the exercise's own files (its solution, or its starter when it has
 * none) are run once in a fresh sandbox — no learner code in it — and the tests that run reports, with
 * their names, describe paths and order, are the roster. A learner run is recorded as passed only when it
 * reported exactly these tests, each of them run to the end and passed (a test the roster skips may be
 * skipped). Reports from code that replaced the runner's built-ins, or from a forged "done", either
 * miss tests or add some, and do not pass. DOM-free.
 */
import { message } from './messages.ts';
import type { ExerciseFile } from '../lessons/types.ts';
import type { RunResult, TestResult } from './types.ts';

/** One test as the roster knows it. */
export interface RosterEntry {
  name: string;
  path: string[];
  /** False for a test the exercise itself skips (or leaves as todo). */
  runs: boolean;
}

const runs = (test: TestResult) => test.status === 'passed' || test.status === 'failed';

/** The roster a reference run gives, or undefined when that run did not get through its tests. */
export function rosterOf(reference: RunResult): RosterEntry[] | undefined {
  if (reference.status !== 'passed' && reference.status !== 'failed') return undefined;
  return reference.tests.map((test) => ({ name: test.name, path: [...test.path], runs: runs(test) }));
}

/** The same files, by name and content: a run of the exercise's own files needs no roster. */
export function sameFiles(a: readonly ExerciseFile[], b: readonly ExerciseFile[]): boolean {
  const byName = new Map(b.map((file) => [file.name, file.content]));
  return a.length === b.length && a.every((file) => byName.get(file.name) === file.content);
}

const sameTest = (test: TestResult, entry: RosterEntry) =>
  test.name === entry.name && test.path.length === entry.path.length && test.path.every((part, index) => part === entry.path[index]) && runs(test) === entry.runs;

/** A passed result stays passed only when its tests are the roster's; otherwise it becomes an error that says why. */
export function reconcile(result: RunResult, roster: readonly RosterEntry[]): RunResult {
  if (result.status !== 'passed') return result;
  const { tests } = result;
  if (tests.length === roster.length && roster.every((entry, index) => tests[index] && sameTest(tests[index], entry))) return result;
  return {
    ...result,
    status: 'error',
    problems: [...result.problems, { kind: 'runtime', message: message('runner:testsMismatch', { expected: roster.length, received: tests.length }) }],
  };
}
