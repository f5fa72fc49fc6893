/**
 * The trainer-facing test API, as Jest and Vitest name it: `describe`/`test`/`it` with `.skip`, `.only`,
 * `.todo` and `.each`, `xtest`/`xit`/`xdescribe`/`fit`/`fdescribe`, the four hooks, `expect`, and the mock
 * helpers as `jest` and `vi`. It collects tests while the test file runs; `run` then runs them
 * (test-run.ts). Every function and object is frozen: learner code cannot rewire it. DOM-free.
 */
import { eachCases } from './each.ts';
import { createExpect, type ExpectSettings, type Tracker } from './expect.ts';
import { arrayPush, defineProperty, freeze, reflectApply } from './intrinsics.ts';
import { createMockApi } from './mock.ts';
import { newSuite, recordFailure, runTests, type Body, type Mode, type RunTestsOptions, type StopReason, type Suite, type TestCase, type TestState } from './test-run.ts';

export type { RunTestsOptions, StopReason } from './test-run.ts';

type Register = (name: unknown, body: unknown, args: unknown[]) => void;
type Each = (table: unknown, ...values: unknown[]) => (title: unknown, body: Body) => void;
type Declare = ((name: unknown, body?: Body, timeout?: number) => void) & { each: Each };
type TestFunction = Declare & { skip: Declare; only: Declare; todo: (name: unknown) => void };
type DescribeFunction = Declare & { skip: Declare; only: Declare };
type Hook = (hook: Body, timeout?: number) => void;

/** The globals a test file sees (web tests also get DOM helpers). */
export interface TestApi {
  describe: DescribeFunction;
  test: TestFunction;
  it: TestFunction;
  xtest: Declare;
  xit: Declare;
  xdescribe: Declare;
  fit: Declare;
  fdescribe: Declare;
  beforeAll: Hook;
  afterAll: Hook;
  beforeEach: Hook;
  afterEach: Hook;
  expect: ReturnType<typeof createExpect>;
  jest: ReturnType<typeof createMockApi>;
  vi: ReturnType<typeof createMockApi>;
}

const needsFunction = (what: string, value: unknown): Body => {
  if (typeof value !== 'function') throw new TypeError(`${what} needs a function, e.g. ${what}('…', () => { … })`);
  return value as Body;
};

/** `fn` with `.each` (and any other modifiers) attached, all frozen. */
function declare<Extra extends object>(register: Register, extra?: Extra): Declare & Extra {
  const fn = (name: unknown, body?: unknown) => register(name, body, []);
  const each: Each = (table, ...values) => (title, body) => {
    const cases = eachCases(table, values, String(title));
    for (let i = 0; i < cases.length; i++) {
      const { title: caseTitle, args } = cases[i] as (typeof cases)[number];
      register(caseTitle, body, args);
    }
  };
  defineProperty(fn, 'each', { value: freeze(each), enumerable: true });
  if (extra) {
    for (const key of ['skip', 'only', 'todo'] as const) {
      if (key in extra) defineProperty(fn, key, { value: (extra as Record<string, unknown>)[key], enumerable: true });
    }
  }
  return freeze(fn) as unknown as Declare & Extra;
}

/**
 * A fresh registry: `api` for the test file, `run` once the file has been evaluated. With `fromTestsFile`
 * (true only when the test file itself is declaring), learner code cannot declare tests: calling
 * `fit(…)` or `test.skip(…)` would otherwise focus the run away from the trainer's tests.
 */
export function createTestSuite(settings: ExpectSettings = { orderedRows: false }, fromTestsFile?: () => boolean): { api: TestApi; count: () => number; run: (options: RunTestsOptions) => Promise<StopReason> } {
  const root = newSuite('', undefined, 'run');
  let current: Suite = root;
  const all: TestCase[] = [];
  let focused = false;
  const running: { state: TestState | undefined } = { state: undefined };

  const tracker: Tracker = {
    assertion: () => { if (running.state) running.state.assertions++; },
    failed: (failure) => recordFailure(running.state, failure),
    expectAssertions: (count) => { if (running.state) running.state.promised = count; },
  };

  const checkCaller = (what: string) => {
    if (fromTestsFile && !fromTestsFile()) throw new TypeError(`${what}() can only be used in the exercise's test file`);
  };
  const addTest = (mode: Mode): Register => (name, body, args) => {
    checkCaller('test');
    if (mode === 'only') focused = true;
    const fn = mode === 'todo' ? undefined : needsFunction('test', body);
    arrayPush(all, { name: String(name), suite: current, body: fn, args, mode });
  };
  const addSuite = (mode: Mode): Register => (name, body, args) => {
    checkCaller('describe');
    const fn = needsFunction('describe', body);
    if (mode === 'only') focused = true;
    const suite = newSuite(String(name), current, mode);
    const parent = current;
    current = suite;
    try {
      reflectApply(fn, undefined, args);
    } finally {
      current = parent;
    }
  };
  const hook = (list: 'beforeAll' | 'afterAll' | 'beforeEach' | 'afterEach'): Hook => (fn) => {
    arrayPush(current[list], needsFunction(list, fn));
  };

  const skipTest = declare(addTest('skip'));
  const onlyTest = declare(addTest('only'));
  const todo = (name: unknown) => addTest('todo')(name, undefined, []);
  const test = declare(addTest('run'), { skip: skipTest, only: onlyTest, todo: freeze(todo) });
  const skipSuite = declare(addSuite('skip'));
  const onlySuite = declare(addSuite('only'));
  const describe = declare(addSuite('run'), { skip: skipSuite, only: onlySuite });
  const mocks = createMockApi();

  const api: TestApi = freeze({
    describe, test, it: test, xtest: skipTest, xit: skipTest, xdescribe: skipSuite, fit: onlyTest, fdescribe: onlySuite,
    beforeAll: hook('beforeAll'), afterAll: hook('afterAll'), beforeEach: hook('beforeEach'), afterEach: hook('afterEach'),
    expect: createExpect(settings, tracker), jest: mocks, vi: mocks,
  });
  return { api, count: () => all.length, run: (options) => runTests(all, focused, running, options) };
}
