/**
 * Jest-compatible `expect` whose failures are written for beginners: an i18n message plus readable
 * expected/received renderings. Matchers live in objects without a prototype (no setter on
 * `Object.prototype` can catch them), every failure is also handed to the running test (so a learner's
 * code that catches it gains nothing), and the whole API is frozen. DOM-free.
 */
import { asymmetricMatchers } from './asymmetric.ts';
import { assign, create, defineProperty, freeze, objectKeys, reflectApply, settle, type Settled } from './intrinsics.ts';
import { AssertionFailure, failure, type Context, type ExpectSettings, type Failure, type Matcher } from './matcher-kit.ts';
import { MOCK_ALIASES, MOCK_MATCHERS } from './matchers-mock.ts';
import { ROWS_MATCHERS } from './matchers-rows.ts';
import { VALUE_MATCHERS } from './matchers-values.ts';

export { AssertionFailure, isAssertionFailure, type ExpectSettings, type Failure } from './matcher-kit.ts';

const ALL = { ...VALUE_MATCHERS, ...MOCK_MATCHERS, ...MOCK_ALIASES, ...ROWS_MATCHERS };
type MatcherName = keyof typeof ALL;
const MATCHERS = freeze(assign(create(null) as object, ALL)) as Record<MatcherName, Matcher>;
const NAMES = objectKeys(MATCHERS) as MatcherName[];

/** What the running test learns from `expect`: each assertion made, each one failed, and what was promised. */
export interface Tracker {
  assertion: () => void;
  failed: (failure: Failure) => void;
  /** `expect.assertions(n)` (a number) or `expect.hasAssertions()` (undefined). */
  expectAssertions: (count: number | undefined) => void;
}

const IGNORED: Tracker = { assertion: () => undefined, failed: () => undefined, expectAssertions: () => undefined };

type Matchers<Result> = { [Name in MatcherName]: (...args: unknown[]) => Result };
/** What `expect(value)` returns: every matcher, `.not`, and promise unwrapping with `.resolves`/`.rejects`. */
export type Expectation = Matchers<void> & {
  not: Matchers<void>;
  resolves: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
  rejects: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
};

/** A prototype-less object holding one function per matcher. */
function bind<Result>(run: (name: MatcherName, args: unknown[]) => Result): Matchers<Result> {
  const matchers = create(null) as Matchers<Result>;
  for (let i = 0; i < NAMES.length; i++) {
    const name = NAMES[i] as MatcherName;
    matchers[name] = (...args) => run(name, args);
  }
  return matchers;
}

function fail(tracker: Tracker, reason: Failure): AssertionFailure {
  tracker.failed(reason);
  return new AssertionFailure(reason);
}

function check(name: MatcherName, context: Context, received: unknown, args: unknown[], negated: boolean, tracker: Tracker): void {
  tracker.assertion();
  const call: unknown[] = [context, received];
  for (let i = 0; i < args.length; i++) call[i + 2] = args[i];
  const outcome = reflectApply(MATCHERS[name], undefined, call) as ReturnType<Matcher>;
  if (outcome.broken || outcome.pass === negated) throw fail(tracker, outcome.failure(negated));
}

const isThenable = (value: unknown) =>
  ((typeof value === 'object' && value !== null) || typeof value === 'function') && typeof (value as PromiseLike<unknown>).then === 'function';

function unwrap(received: unknown, wanted: 'resolves' | 'rejects', negated: boolean, settings: ExpectSettings, tracker: Tracker): Matchers<Promise<void>> {
  return bind(async (name, args) => {
    if (!isThenable(received)) throw fail(tracker, failure('runner:expect.notAPromise', received));
    const outcome: Settled = await settle(received);
    const value = outcome.ok ? outcome.value : outcome.error;
    if (outcome.ok !== (wanted === 'resolves')) throw fail(tracker, failure(`runner:expect.${wanted}`, value));
    check(name, { ...settings, settled: true }, value, args, negated, tracker);
  });
}

function expectation(received: unknown, settings: ExpectSettings, tracker: Tracker): Expectation {
  const direct = (negated: boolean) => bind((name, args) => check(name, { ...settings, settled: false }, received, args, negated, tracker));
  const promised = (wanted: 'resolves' | 'rejects') =>
    freeze(assign(unwrap(received, wanted, false, settings, tracker), { not: freeze(unwrap(received, wanted, true, settings, tracker)) }));
  return freeze(assign(direct(false), { not: freeze(direct(true)), resolves: promised('resolves'), rejects: promised('rejects') })) as Expectation;
}

/** An `expect` bound to the exercise's settings, reporting to `tracker` (the test that is running). */
export function createExpect(settings: ExpectSettings, tracker: Tracker = IGNORED) {
  const expect = (received: unknown): Expectation => expectation(received, settings, tracker);
  const statics = {
    ...asymmetricMatchers(),
    assertions: (count: unknown) => tracker.expectAssertions(Number(count)),
    hasAssertions: () => tracker.expectAssertions(undefined),
  };
  const names = objectKeys(statics) as (keyof typeof statics)[];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as keyof typeof statics;
    defineProperty(expect, name, { value: statics[name], enumerable: true });
  }
  return freeze(expect) as typeof expect & typeof statics;
}

/** `expect(received)`, as in Jest (rows compared in any order). */
export const expect = createExpect({ orderedRows: false });
