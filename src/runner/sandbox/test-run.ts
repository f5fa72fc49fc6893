/**
 * Runs collected tests in file order, as Jest does: `.only` focuses, `.skip`/`.todo` are reported as
 * such, `beforeAll`/`afterAll` wrap the tests of their `describe`, `beforeEach`/`afterEach` wrap each
 * test. A test passes only when its body completed, no assertion failed (even one the code caught), the
 * promised number of assertions was made and no built-in was replaced. Every wait goes through promise
 * functions captured before learner code ran. DOM-free.
 */
import { message } from '../messages.ts';
import { TESTS_FILE, type TestResult } from '../types.ts';
import { isRecursion, locate, type FileResolver } from './errors.ts';
import { isAssertionFailure, type Failure } from './expect.ts';
import { LoopTimeout } from './guard.ts';
import { changedBuiltin } from './integrity.ts';
import { arrayPush, box, ErrorCtor, guarded, mathMax, reflectApply, settleWithin, trusted } from './intrinsics.ts';
import { isMock } from './mock.ts';
import { explainThrown } from './thrown.ts';

/** A test body or hook. Its arguments (`.each` cases, `done`) are whatever the test file passes: typed loosely on purpose. */
export type Body = (...args: any[]) => unknown;
export type Mode = 'run' | 'skip' | 'only' | 'todo';

export interface Suite {
  name: string;
  parent: Suite | undefined;
  mode: Mode;
  beforeAll: Body[];
  afterAll: Body[];
  beforeEach: Body[];
  afterEach: Body[];
  /** Set when one of its `beforeAll` hooks failed: its tests fail with it. */
  failure?: TestFailure;
}

export interface TestCase {
  name: string;
  suite: Suite;
  body: Body | undefined;
  args: unknown[];
  mode: Mode;
}

/** What the running test learns from `expect`. */
export interface TestState {
  assertions: number;
  /** `expect.assertions(n)`: n; `expect.hasAssertions()`: undefined; neither: null. */
  promised: number | undefined | null;
  /** The first failed assertion, with the error made where it failed (for its line). */
  failed?: { failure: Failure; at: Error };
}

export interface RunTestsOptions {
  /** Receives each result as soon as its test ends, so a later timeout keeps earlier results. */
  onResult: (result: TestResult) => void;
  /** Resolves stack frames to the test file's name: a failure's line is a line of the test file. */
  resolve: FileResolver;
  /** Resolves stack frames to learner files too, to point at the learner's line an error came from. */
  resolveAll?: FileResolver;
  now: () => number;
  /** Milliseconds left before the run's deadline. */
  timeLeft: () => number;
}

/** Why the remaining tests were not run. */
export type StopReason = { reason: 'timeout'; error?: LoopTimeout } | undefined;

type TestFailure = NonNullable<TestResult['failure']>;

class Stop {
  constructor(readonly reason: NonNullable<StopReason>) {}
}

export const newSuite = (name: string, parent: Suite | undefined, mode: Mode): Suite =>
  ({ name, parent, mode, beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] });

function chainOf(suite: Suite): Suite[] {
  const chain: Suite[] = [];
  let depth = 0;
  for (let link: Suite | undefined = suite; link; link = link.parent) depth++;
  for (let link: Suite | undefined = suite; link; link = link.parent) chain[--depth] = link;
  return chain;
}

const pathOf = (chain: Suite[]) => {
  const names: string[] = [];
  for (let i = 1; i < chain.length; i++) names[i - 1] = (chain[i] as Suite).name;
  return names;
};

/** What a test's mode comes to once `.only` elsewhere in the file and its suites' modes are counted. */
function effectiveMode(testCase: TestCase, chain: Suite[], focused: boolean): 'run' | 'skip' | 'todo' {
  if (testCase.mode === 'todo') return 'todo';
  let only = testCase.mode === 'only';
  if (testCase.mode === 'skip') return 'skip';
  for (let i = 0; i < chain.length; i++) {
    const mode = (chain[i] as Suite).mode;
    if (mode === 'skip') return 'skip';
    if (mode === 'only') only = true;
  }
  return focused && !only ? 'skip' : 'run';
}

/** Calls a test body or hook; one that declares more parameters than it is given gets Jest's `done` callback. */
function invoke(body: Body, args: unknown[]): unknown {
  if (body.length <= args.length) return reflectApply(body, undefined, args);
  return trusted<void>((resolve, reject) => {
    const done = (error?: unknown) => (error === undefined || error === null ? resolve() : reject(error));
    const call: unknown[] = [];
    for (let i = 0; i < args.length; i++) call[i] = args[i];
    call[args.length] = done;
    reflectApply(body, undefined, call);
  });
}

type Problem = Readonly<{ error?: unknown; timeout?: true }> | undefined;

/** Runs the tests; `current` is where `expect` reports while a test runs. */
export function runTests(all: readonly TestCase[], focused: boolean, current: { state: TestState | undefined }, options: RunTestsOptions): Promise<StopReason> {
  const active: Suite[] = [];

  /** Runs one hook or body; throws `Stop` when the run must end. */
  const step = guarded(async (body: Body, args: unknown[]): Promise<Problem> => {
    let value: unknown;
    try {
      value = invoke(body, args);
    } catch (error) {
      if (error instanceof LoopTimeout) throw new Stop(box({ reason: 'timeout', error }));
      return box({ error });
    }
    const outcome = await settleWithin(value, mathMax(0, options.timeLeft()));
    if (outcome === undefined) return box({ timeout: true });
    if (outcome.ok) return undefined;
    if (outcome.error instanceof LoopTimeout) throw new Stop(box({ reason: 'timeout', error: outcome.error }));
    return box({ error: outcome.error });
  });

  const describeProblem = (problem: Problem): TestFailure | undefined => {
    if (problem === undefined) return undefined;
    if (problem.timeout) return { message: message('runner:testTimeout') };
    return describeFailure(problem.error, options);
  };

  const leaveUntil = guarded(async (depth: number): Promise<void> => {
    while (active.length > depth) {
      const suite = active[active.length - 1] as Suite;
      active.length--;
      for (let i = 0; i < suite.afterAll.length; i++) {
        const failure = describeProblem(await step(suite.afterAll[i] as Body, []));
        if (failure) options.onResult({ name: 'afterAll', path: pathOf(chainOf(suite)), status: 'failed', failure, durationMs: 0 });
      }
    }
  });

  const enter = guarded(async (chain: Suite[]): Promise<void> => {
    let depth = 0;
    while (depth < active.length && active[depth] === chain[depth]) depth++;
    await leaveUntil(depth);
    for (let i = depth; i < chain.length; i++) {
      const suite = chain[i] as Suite;
      arrayPush(active, suite);
      for (let h = 0; h < suite.beforeAll.length && !suite.failure; h++) {
        const failure = describeProblem(await step(suite.beforeAll[h] as Body, []));
        if (failure) suite.failure = failure;
      }
    }
  });

  /** The test's failure (boxed), or undefined when it passed. */
  const runOne = guarded(async (testCase: TestCase, chain: Suite[], state: TestState): Promise<Readonly<{ failure: TestFailure }> | undefined> => {
    for (let i = 0; i < chain.length; i++) {
      const failed = (chain[i] as Suite).failure;
      if (failed) return box({ failure: failed });
    }
    let first: TestFailure | undefined;
    for (let i = 0; i < chain.length && !first; i++) {
      const hooks = (chain[i] as Suite).beforeEach;
      for (let h = 0; h < hooks.length && !first; h++) first = describeProblem(await step(hooks[h] as Body, []));
    }
    if (!first) first = describeProblem(await step(testCase.body as Body, testCase.args));
    for (let i = chain.length - 1; i >= 0; i--) {
      const hooks = (chain[i] as Suite).afterEach;
      for (let h = 0; h < hooks.length; h++) {
        const failure = describeProblem(await step(hooks[h] as Body, []));
        first ??= failure;
      }
    }
    first ??= verdict(state, options);
    return first ? box({ failure: first }) : undefined;
  });

  const test = guarded(async (testCase: TestCase): Promise<StopReason> => {
    const chain = chainOf(testCase.suite);
    const path = pathOf(chain);
    const mode = effectiveMode(testCase, chain, focused);
    if (mode !== 'run') {
      options.onResult({ name: testCase.name, path, status: mode === 'todo' ? 'todo' : 'skipped', durationMs: 0 });
      return undefined;
    }
    if (options.timeLeft() <= 0) return box({ reason: 'timeout' });
    const started = options.now();
    let failure = tampering();
    if (!failure) {
      await enter(chain);
      const state: TestState = { assertions: 0, promised: null };
      current.state = state;
      try {
        failure = (await runOne(testCase, chain, state))?.failure;
      } finally {
        current.state = undefined;
      }
      failure = tampering() ?? failure;
    }
    options.onResult({ name: testCase.name, path, status: failure ? 'failed' : 'passed', ...(failure ? { failure } : {}), durationMs: mathMax(0, options.now() - started) });
    return failure?.message.key === 'runner:testTimeout' ? box({ reason: 'timeout' }) : undefined;
  });

  return guarded(async (): Promise<StopReason> => {
    try {
      for (let i = 0; i < all.length; i++) {
        const stop = await test(all[i] as TestCase);
        if (stop) return stop;
      }
      await leaveUntil(0);
      return undefined;
    } catch (error) {
      if (error instanceof Stop) return error.reason;
      throw error;
    }
  })();
}

/** A failure naming the built-in learner code replaced, if it did. */
function tampering(): TestFailure | undefined {
  const name = changedBuiltin(isMock);
  return name === undefined ? undefined : { message: message('runner:builtinChanged', { name }) };
}

/** After the body: a failed assertion the code caught, or fewer assertions than promised. */
function verdict(state: TestState, options: RunTestsOptions): TestFailure | undefined {
  if (state.failed) return withLine(state.failed.failure, state.failed.at, options.resolve);
  if (state.promised === null) return undefined;
  if (state.promised === undefined) return state.assertions > 0 ? undefined : { message: message('runner:expect.hasAssertions') };
  if (state.assertions === state.promised) return undefined;
  return { message: message('runner:expect.assertions', { expected: state.promised, count: state.assertions }), expected: String(state.promised), received: String(state.assertions) };
}

function withLine(failure: Failure, error: unknown, resolve: FileResolver): TestFailure {
  const line = locate(error, resolve)?.line;
  return line === undefined ? { ...failure } : { ...failure, line };
}

/** A thrown value as a failure: assertions as they are; errors translated, with the learner's line. */
function describeFailure(error: unknown, options: RunTestsOptions): TestFailure {
  if (isAssertionFailure(error)) {
    // A failure about the learner's own code (an http handler that threw) says where, for the editor's mark.
    const { where } = error as { where?: { file: string; line: number; column?: number } };
    return { ...withLine(error.failure, error, options.resolve), ...(where ? { source: { file: where.file, line: where.line, column: where.column } } : {}) };
  }
  if (isRecursion(error)) return withLine({ message: message('runner:recursion') }, error, options.resolve);
  const { message: reason, detail } = explainThrown(error);
  const failure = withLine({ message: reason }, error, options.resolve);
  const where = options.resolveAll ? locate(error, options.resolveAll) : undefined;
  const source = where && where.file !== TESTS_FILE ? { source: { file: where.file, line: where.line, column: where.column } } : {};
  // The untranslated text is shown apart only when the message does not already quote it.
  return { ...failure, ...(reason.key === 'runner:thrown.error' ? {} : { detail }), ...source };
}

/** Records an assertion's failure for the running test, with an error made here for its line. */
export function recordFailure(state: TestState | undefined, failure: Failure): void {
  if (state && !state.failed) state.failed = { failure, at: new ErrorCtor() };
}

