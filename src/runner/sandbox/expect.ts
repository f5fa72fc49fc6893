/**
 * Jest-compatible `expect` whose failures are written for beginners: an i18n message plus readable
 * expected/received renderings. DOM-free.
 */
import { message, type MATCHER_KEYS, type MessageKey } from '../messages.ts';
import type { Message } from '../types.ts';
import { equals } from './equality.ts';
import { describeValue } from './format.ts';
import { compareRows, rowShape } from './rows.ts';

/** What a failed assertion reports (becomes `TestResult.failure`). */
export interface Failure {
  message: Message;
  expected?: string;
  received?: string;
}

/** Thrown by a failed matcher; the test runner turns it into a failed test. */
export class AssertionFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message.key);
    this.name = 'AssertionFailure';
  }
}

type MatcherName = (typeof MATCHER_KEYS)[number];

interface Outcome {
  pass: boolean;
  /** The matcher does not apply to this value: it fails with or without `.not`. */
  broken?: true;
  /** The failure to report, given whether the matcher was negated with `.not`. */
  failure: (negated: boolean) => Failure;
}

/** What the exercise says about comparisons (`toMatchRows` follows the exercise's `ordered`). */
export interface ExpectSettings {
  orderedRows: boolean;
}

/** Context of one `expect(...)`: `settled` is true after `.resolves`/`.rejects` unwrapped a promise. */
interface Context extends ExpectSettings {
  settled: boolean;
}

type Matcher = (context: Context, received: unknown, ...args: unknown[]) => Outcome;

const MATCHERS = {
  toBe: (_, received, expected) => equality(Object.is(received, expected), received, expected, () =>
    typeof received === 'object' && received !== null && equals(received, expected, true) ? 'runner:expect.sameObject' : undefined),
  toEqual: (_, received, expected) => equality(equals(received, expected), received, expected, () => undefined),
  toStrictEqual: (_, received, expected) => equality(equals(received, expected, true), received, expected, () =>
    equals(received, expected) ? 'runner:expect.strictEqual' : undefined),
  toBeTruthy: (_, received) => simple('toBeTruthy', Boolean(received), received),
  toBeFalsy: (_, received) => simple('toBeFalsy', !received, received),
  toBeNull: (_, received) => simple('toBeNull', received === null, received),
  toBeUndefined: (_, received) => simple('toBeUndefined', received === undefined, received),
  toBeDefined: (_, received) => simple('toBeDefined', received !== undefined, received),
  toContain: (_, received, item) => {
    const pass = typeof received === 'string'
      ? typeof item === 'string' && received.includes(item)
      : isIterable(received) && Array.from(received).some((value) => Object.is(value, item) || value === item);
    return simple('toContain', pass, received, item);
  },
  toHaveLength: (_, received, length) => {
    const actual = (received as { length?: unknown } | null | undefined)?.length;
    if (typeof actual !== 'number') return broken('runner:expect.noLength', received);
    return simple('toHaveLength', actual === length, received, length, { length: actual });
  },
  toMatch: (_, received, pattern) => {
    const pass = typeof received === 'string' && (pattern instanceof RegExp ? new RegExp(pattern.source, pattern.flags.replace('g', '')).test(received) : received.includes(String(pattern)));
    return simple('toMatch', pass, received, pattern);
  },
  toThrow: ({ settled }, received, expected) => {
    let thrown: { error: unknown } | undefined;
    if (settled) thrown = { error: received };
    else if (typeof received !== 'function') return broken('runner:expect.notAFunction', received);
    else {
      try {
        (received as () => unknown)();
      } catch (error) {
        thrown = { error };
      }
    }
    if (!thrown) return simple('toThrow', false, undefined, expected);
    const { error } = thrown;
    if (expected === undefined || throwMatches(error, expected)) return simple('toThrow', true, error, expected);
    return {
      pass: false,
      failure: (negated) => negated
        ? failure('runner:expect.not.toThrow', error, expected)
        : failure('runner:expect.toThrowMessage', errorText(error), expected === undefined ? undefined : expectedText(expected)),
    };
  },
  toBeGreaterThan: (_, received, bound) => comparison('toBeGreaterThan', received, bound, (a, b) => a > b),
  toBeGreaterThanOrEqual: (_, received, bound) => comparison('toBeGreaterThanOrEqual', received, bound, (a, b) => a >= b),
  toBeLessThan: (_, received, bound) => comparison('toBeLessThan', received, bound, (a, b) => a < b),
  toBeLessThanOrEqual: (_, received, bound) => comparison('toBeLessThanOrEqual', received, bound, (a, b) => a <= b),
  toBeCloseTo: (_, received, expected, digits = 2) => {
    const pass = typeof received === 'number' && typeof expected === 'number'
      && Math.abs(expected - received) < 10 ** -Number(digits) / 2;
    return simple('toBeCloseTo', pass, received, expected, { digits: Number(digits) });
  },
  toHaveProperty: (_, received, path, ...value) => {
    const keys = Array.isArray(path) ? path.map(String) : String(path).split('.');
    let current: unknown = received;
    let found = current !== null && current !== undefined;
    for (const key of keys) {
      if (!found || current === null || current === undefined || !(key in Object(current))) {
        found = false;
        break;
      }
      current = (current as Record<string, unknown>)[key];
    }
    const pass = found && (value.length === 0 || equals(current, value[0]));
    return simple('toHaveProperty', pass, found ? current : received, value.length ? value[0] : undefined, { path: keys.join('.') });
  },
  toMatchRows: ({ orderedRows }, received, expected) => {
    if (!Array.isArray(received)) return broken('runner:expect.notRows', received);
    const rows = Array.isArray(expected) ? expected : [expected];
    return { pass: isMatch(compareRows(received, rows, orderedRows)), failure: (negated) => rowsFailure(negated, received, rows, orderedRows) };
  },
} satisfies Record<string, Matcher>;

function failure(key: MessageKey, received: unknown, expected?: unknown, extra: Record<string, string | number> = {}): Failure {
  const rendered = { received: describeValue(received), ...(expected === undefined ? {} : { expected: describeValue(expected) }) };
  return { message: message(key, { ...rendered, ...extra }), ...rendered };
}

/** A matcher whose failure key is `runner:expect.<name>` (or `.not.<name>`). */
function simple(name: MatcherName, pass: boolean, received: unknown, expected?: unknown, extra?: Record<string, string | number>): Outcome {
  return { pass, failure: (negated) => failure(`runner:expect.${negated ? 'not.' : ''}${name}`, received, expected, extra) };
}

/** A matcher that cannot apply to this value (e.g. `toHaveLength` on a number): fails even with `.not`. */
function broken(key: MessageKey, received: unknown): Outcome {
  return { pass: false, broken: true, failure: () => failure(key, received) };
}

/** toBe / toEqual / toStrictEqual: the message names the kind of value the trainer expected. */
function equality(pass: boolean, received: unknown, expected: unknown, special: () => MessageKey | undefined): Outcome {
  return {
    pass,
    failure: (negated) => {
      if (negated) return failure('runner:expect.not.equal', received, expected);
      const key = special() ?? (typeof expected === 'string' ? 'runner:expect.equalText' : typeof expected === 'number' ? 'runner:expect.equalNumber' : 'runner:expect.equal');
      return failure(key, received, expected);
    },
  };
}

function comparison(name: MatcherName, received: unknown, bound: unknown, test: (a: number | bigint, b: number | bigint) => boolean): Outcome {
  const numeric = (value: unknown): value is number | bigint => typeof value === 'number' || typeof value === 'bigint';
  if (!numeric(received)) return broken('runner:expect.notANumber', received);
  return simple(name, numeric(bound) && test(received, bound), received, bound);
}

const isMatch = (comparison: ReturnType<typeof compareRows>) =>
  comparison.missing.length === 0 && comparison.extra.length === 0 && comparison.misplaced === undefined;

/** Rows shown in a message: a few are enough to see what is wrong. */
const ROWS_SHOWN = 5;
const someRows = (rows: unknown[]) => describeValue(rows.length > ROWS_SHOWN ? [...rows.slice(0, ROWS_SHOWN), `… +${rows.length - ROWS_SHOWN}`] : rows);

/** Says what a beginner should fix first: the columns, then the missing or extra rows, then the order. */
function rowsFailure(negated: boolean, received: unknown[], expected: unknown[], ordered: boolean): Failure {
  if (negated) return failure('runner:expect.not.toMatchRows', received, expected);
  const shapes = { received: rowShape(received[0]), expected: rowShape(expected[0]) };
  if (shapes.received !== undefined && shapes.expected !== undefined && shapes.received !== shapes.expected) {
    return { message: message('runner:expect.rowsColumns', { received: shapes.received, expected: shapes.expected }), received: describeValue(received), expected: describeValue(expected) };
  }
  const { missing, extra, misplaced } = compareRows(received, expected, ordered);
  const rendered = { received: describeValue(received), expected: describeValue(expected) };
  if (misplaced !== undefined) {
    return { message: message('runner:expect.rowsOrder', { position: misplaced + 1, expected: describeValue(expected[misplaced]), received: describeValue(received[misplaced]) }), ...rendered };
  }
  const key = missing.length && extra.length ? 'runner:expect.toMatchRows' : missing.length ? 'runner:expect.rowsMissing' : 'runner:expect.rowsExtra';
  return { message: message(key, { missing: someRows(missing), extra: someRows(extra) }), ...rendered };
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return value !== null && value !== undefined && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function expectedText(expected: unknown): string {
  return typeof expected === 'function' ? (expected as { name: string }).name : expected instanceof Error ? expected.message : String(expected);
}

function throwMatches(error: unknown, expected: unknown): boolean {
  const text = errorText(error);
  if (typeof expected === 'string') return text.includes(expected);
  if (expected instanceof RegExp) return expected.test(text);
  if (typeof expected === 'function') return error instanceof (expected as new () => unknown);
  if (expected instanceof Error) return text === expected.message;
  return false;
}

type Matchers<Result> = { [Name in keyof typeof MATCHERS]: (...args: unknown[]) => Result };
/** What `expect(value)` returns: every matcher, `.not`, and promise unwrapping with `.resolves`/`.rejects`. */
export type Expectation = Matchers<void> & {
  not: Matchers<void>;
  resolves: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
  rejects: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
};

function bind<Result>(run: (name: keyof typeof MATCHERS, args: unknown[]) => Result): Matchers<Result> {
  const matchers = {} as Matchers<Result>;
  for (const name of Object.keys(MATCHERS) as (keyof typeof MATCHERS)[]) matchers[name] = (...args) => run(name, args);
  return matchers;
}

function check(name: keyof typeof MATCHERS, context: Context, received: unknown, args: unknown[], negated: boolean): void {
  const outcome = (MATCHERS[name] as Matcher)(context, received, ...args);
  if (outcome.broken || outcome.pass === negated) throw new AssertionFailure(outcome.failure(negated));
}

function settle(received: unknown, wanted: 'resolves' | 'rejects', negated: boolean, settings: ExpectSettings): Matchers<Promise<void>> {
  return bind(async (name, args) => {
    if (!(received instanceof Promise) && typeof (received as PromiseLike<unknown> | null)?.then !== 'function') {
      throw new AssertionFailure(failure('runner:expect.notAPromise', received));
    }
    let outcome: { fulfilled: boolean; value: unknown };
    try {
      outcome = { fulfilled: true, value: await received };
    } catch (reason) {
      outcome = { fulfilled: false, value: reason };
    }
    if (outcome.fulfilled !== (wanted === 'resolves')) throw new AssertionFailure(failure(`runner:expect.${wanted}`, outcome.value));
    check(name, { ...settings, settled: true }, outcome.value, args, negated);
  });
}

/** An `expect` bound to the exercise's settings. */
export function createExpect(settings: ExpectSettings): (received: unknown) => Expectation {
  return (received) => {
    const direct = (negated: boolean) => bind((name, args) => check(name, { ...settings, settled: false }, received, args, negated));
    return Object.assign(direct(false), {
      not: direct(true),
      resolves: Object.assign(settle(received, 'resolves', false, settings), { not: settle(received, 'resolves', true, settings) }),
      rejects: Object.assign(settle(received, 'rejects', false, settings), { not: settle(received, 'rejects', true, settings) }),
    });
  };
}

/** `expect(received)`, as in Jest (rows compared in any order). */
export const expect = createExpect({ orderedRows: false });
