/**
 * The trainer-facing test API (`describe`, `test`/`it`, `beforeEach`/`afterEach`, `expect`): collects
 * tests while the test file runs, then runs them in file order and reports one result per test. DOM-free.
 */
import { message } from '../messages.ts';
import type { TestResult } from '../types.ts';
import { errorText, isRecursion, locate, type FileResolver } from './errors.ts';
import { AssertionFailure, createExpect, type expect, type ExpectSettings, type Failure } from './expect.ts';
import { LoopTimeout } from './guard.ts';

type Body = () => unknown;

interface TestCase {
  name: string;
  path: string[];
  body: Body;
  hooks: Suite[];
}

interface Suite {
  beforeEach: Body[];
  afterEach: Body[];
}

/** The globals a test file sees (web tests also get DOM helpers). */
export interface TestApi {
  describe: (name: string, body: () => void) => void;
  test: (name: string, body: Body) => void;
  it: (name: string, body: Body) => void;
  beforeEach: (hook: Body) => void;
  afterEach: (hook: Body) => void;
  expect: typeof expect;
}

export interface RunTestsOptions {
  /** Receives each result as soon as its test ends, so a later timeout keeps earlier results. */
  onResult: (result: TestResult) => void;
  /** Resolves stack frames to the test file's name: a failure's line is a line of the test file. */
  resolve: FileResolver;
  now: () => number;
  /** Milliseconds left before the run's deadline. */
  timeLeft: () => number;
}

/** Why the remaining tests were not run. */
export type StopReason = { reason: 'timeout'; error?: LoopTimeout } | undefined;

/** A fresh registry: `api` for the test file, `run` once the file has been evaluated. */
export function createTestSuite(settings: ExpectSettings = { orderedRows: false }): { api: TestApi; count: () => number; run: (options: RunTestsOptions) => Promise<StopReason> } {
  const root: Suite = { beforeEach: [], afterEach: [] };
  const stack: Suite[] = [root];
  const path: string[] = [];
  const current = () => stack[stack.length - 1] ?? root;
  const all: TestCase[] = [];

  const test = (name: string, body: Body) => {
    all.push({ name: String(name), path: [...path], body, hooks: [...stack] });
  };
  const api: TestApi = {
    describe: (name, body) => {
      stack.push({ beforeEach: [], afterEach: [] });
      path.push(String(name));
      try {
        body();
      } finally {
        stack.pop();
        path.pop();
      }
    },
    test,
    it: test,
    beforeEach: (hook) => void current().beforeEach.push(hook),
    afterEach: (hook) => void current().afterEach.push(hook),
    expect: createExpect(settings),
  };

  const run = async (options: RunTestsOptions): Promise<StopReason> => {
    for (const testCase of all) {
      if (options.timeLeft() <= 0) return { reason: 'timeout' };
      const started = options.now();
      const outcome = await runOne(testCase, options);
      if (outcome instanceof LoopTimeout) return { reason: 'timeout', error: outcome };
      options.onResult({
        name: testCase.name,
        path: testCase.path,
        status: outcome ? 'failed' : 'passed',
        ...(outcome ? { failure: outcome } : {}),
        durationMs: Math.max(0, options.now() - started),
      });
      if (outcome?.message.key === 'runner:testTimeout') return { reason: 'timeout' };
    }
    return undefined;
  };
  return { api, count: () => all.length, run };
}

/** Runs hooks and body; returns undefined when the test passed. */
async function runOne(testCase: TestCase, options: RunTestsOptions): Promise<(Failure & { line?: number }) | LoopTimeout | undefined> {
  try {
    for (const suite of testCase.hooks) for (const hook of suite.beforeEach) await withinTime(hook, options);
    await withinTime(testCase.body, options);
    for (const suite of [...testCase.hooks].reverse()) for (const hook of suite.afterEach) await withinTime(hook, options);
    return undefined;
  } catch (error) {
    if (error instanceof LoopTimeout) return error;
    return describeFailure(error, options.resolve);
  }
}

class TestTimeout extends Error {}

/** Runs a test body, failing it if its promise outlives the run's deadline. */
async function withinTime(body: Body, options: RunTestsOptions): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TestTimeout()), Math.max(0, options.timeLeft()));
  });
  try {
    await Promise.race([Promise.resolve().then(body), expiry]);
  } finally {
    clearTimeout(timer);
  }
}

function describeFailure(error: unknown, resolve: FileResolver): Failure & { line?: number } {
  const line = locate(error, resolve)?.line;
  const at = line === undefined ? {} : { line };
  if (error instanceof AssertionFailure) return { ...error.failure, ...at };
  if (error instanceof TestTimeout) return { message: message('runner:testTimeout'), ...at };
  if (isRecursion(error)) return { message: message('runner:recursion'), ...at };
  return { message: message('runner:testError', { error: errorText(error) }), ...at };
}
