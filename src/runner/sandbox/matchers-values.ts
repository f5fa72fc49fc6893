/**
 * Jest's matchers on values: equality, truthiness, numbers, texts, lists, properties, classes and
 * thrown errors. Each returns an `Outcome`; `expect.ts` applies `.not` and reports. DOM-free.
 */
import type { MessageKey } from '../messages.ts';
import { equals, matchesObject } from './equality.ts';
import {
  arrayFrom, arrayJoin, ErrorCtor, getPrototypeOf, isArray, mathAbs, mathPow, numberIsNaN, objectIs, regexpExec, RegExpCtor,
  regexpFlags, regexpSource, stringIncludes, stringReplace, stringSplit, symbolIterator,
} from './intrinsics.ts';
import { broken, failure, simple, type Matcher, type MatcherName, type Outcome } from './matcher-kit.ts';

/** toBe / toEqual / toStrictEqual: the message names the kind of value the trainer expected. */
function equality(pass: boolean, received: unknown, expected: unknown, special: () => MessageKey | undefined): Outcome {
  return {
    pass,
    failure: (negated) => {
      if (negated) return failure('runner:expect.not.equal', received, expected);
      const key = special() ?? (expected === '' ? 'runner:expect.equalEmptyText'
        : typeof expected === 'string' ? 'runner:expect.equalText' : typeof expected === 'number' ? 'runner:expect.equalNumber' : 'runner:expect.equal');
      return failure(key, received, expected);
    },
  };
}

const numeric = (value: unknown): value is number | bigint => typeof value === 'number' || typeof value === 'bigint';

function comparison(name: MatcherName, received: unknown, bound: unknown, test: (a: number | bigint, b: number | bigint) => boolean): Outcome {
  if (!numeric(received)) return broken('runner:expect.notANumber', received);
  if (!numeric(bound)) return broken('runner:expect.notANumber', bound);
  return simple(name, test(received, bound), received, bound);
}

/** `instanceof` by walking prototypes: a learner's `Symbol.hasInstance` is not asked. */
export function isInstance(value: unknown, type: unknown): boolean {
  if (typeof type !== 'function') return false;
  if (typeof value !== 'object' && typeof value !== 'function') return false;
  const prototype: unknown = (type as { prototype?: unknown }).prototype;
  for (let link: unknown = value === null ? null : getPrototypeOf(value); link !== null; link = getPrototypeOf(link as object)) {
    if (link === prototype) return true;
  }
  return false;
}

const typeName = (type: unknown) => (typeof type === 'function' ? (type as { name?: string }).name || '(anonymous)' : String(type));

function items(value: unknown): unknown[] | undefined {
  if (isArray(value)) return value;
  if (value === null || value === undefined || typeof value === 'string') return undefined;
  return typeof (value as Record<symbol, unknown>)[symbolIterator] === 'function' ? arrayFrom(value as Iterable<unknown>) : undefined;
}

function someItem(list: unknown[], test: (item: unknown) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (test(list[i])) return true;
  return false;
}

function errorMessage(error: unknown): string {
  return isInstance(error, ErrorCtor) ? String((error as Error).message) : String(error);
}

function textMatches(text: string, pattern: unknown): boolean {
  if (isInstance(pattern, RegExpCtor)) {
    const regexp = new RegExpCtor(regexpSource(pattern as RegExp), stringReplace(regexpFlags(pattern as RegExp), 'g', ''));
    return regexpExec(regexp, text) !== null;
  }
  return stringIncludes(text, String(pattern));
}

function throwMatches(error: unknown, expected: unknown): boolean {
  if (expected === undefined) return true;
  if (typeof expected === 'string' || isInstance(expected, RegExpCtor)) return textMatches(errorMessage(error), expected);
  if (typeof expected === 'function') return isInstance(error, expected);
  if (isInstance(expected, ErrorCtor)) return errorMessage(error) === (expected as Error).message;
  return equals(error, expected);
}

const expectedText = (expected: unknown) =>
  typeof expected === 'function' ? typeName(expected) : isInstance(expected, ErrorCtor) ? (expected as Error).message : expected;

const toThrow: Matcher = ({ settled }, received, expected) => {
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
  if (throwMatches(error, expected)) return simple('toThrow', true, errorMessage(error), expected);
  return {
    pass: false,
    failure: (negated) => negated
      ? failure('runner:expect.not.toThrow', errorMessage(error), expected)
      : failure('runner:expect.toThrowMessage', errorMessage(error), expectedText(expected)),
  };
};

function property(received: unknown, path: unknown): { found: boolean; value: unknown; keys: string[] } {
  const keys = isArray(path) ? arrayFrom(path, String) : stringSplit(String(path), '.');
  let current = received;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (current === null || current === undefined || !(key in Object(current))) return { found: false, value: undefined, keys };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current, keys };
}

export const VALUE_MATCHERS = {
  toBe: (_, received, expected) => equality(objectIs(received, expected), received, expected, () =>
    typeof received === 'object' && received !== null && equals(received, expected, true) ? 'runner:expect.sameObject' : undefined),
  toEqual: (_, received, expected) => equality(equals(received, expected), received, expected, () => undefined),
  toStrictEqual: (_, received, expected) => equality(equals(received, expected, true), received, expected, () =>
    equals(received, expected) ? 'runner:expect.strictEqual' : undefined),
  toMatchObject: (_, received, expected) => {
    const pass = typeof received === 'object' && received !== null && matchesObject(received, expected);
    return simple('toMatchObject', pass, received, expected);
  },
  toBeTruthy: (_, received) => simple('toBeTruthy', Boolean(received), received),
  toBeFalsy: (_, received) => simple('toBeFalsy', !received, received),
  toBeNull: (_, received) => simple('toBeNull', received === null, received),
  toBeUndefined: (_, received) => simple('toBeUndefined', received === undefined, received),
  toBeDefined: (_, received) => simple('toBeDefined', received !== undefined, received),
  toBeNaN: (_, received) => simple('toBeNaN', typeof received === 'number' && numberIsNaN(received), received),
  toBeInstanceOf: (_, received, type) => {
    if (typeof type !== 'function') return broken('runner:expect.notAFunction', type);
    return simple('toBeInstanceOf', isInstance(received, type), received, undefined, { expected: typeName(type) });
  },
  toContain: (_, received, item) => {
    if (typeof received === 'string') return simple('toContain', typeof item === 'string' && stringIncludes(received, item), received, item);
    const list = items(received);
    return simple('toContain', list !== undefined && someItem(list, (value) => objectIs(value, item) || value === item), received, item);
  },
  toContainEqual: (_, received, item) => {
    const list = items(received);
    return simple('toContainEqual', list !== undefined && someItem(list, (value) => equals(value, item)), received, item);
  },
  toHaveLength: (_, received, length) => {
    const actual = (received as { length?: unknown } | null | undefined)?.length;
    if (typeof actual !== 'number') return broken('runner:expect.noLength', received);
    return simple('toHaveLength', actual === length, received, length, { length: actual });
  },
  toMatch: (_, received, pattern) => {
    return simple('toMatch', typeof received === 'string' && textMatches(received, pattern), received, pattern);
  },
  toThrow,
  toThrowError: toThrow,
  toBeGreaterThan: (_, received, bound) => comparison('toBeGreaterThan', received, bound, (a, b) => a > b),
  toBeGreaterThanOrEqual: (_, received, bound) => comparison('toBeGreaterThanOrEqual', received, bound, (a, b) => a >= b),
  toBeLessThan: (_, received, bound) => comparison('toBeLessThan', received, bound, (a, b) => a < b),
  toBeLessThanOrEqual: (_, received, bound) => comparison('toBeLessThanOrEqual', received, bound, (a, b) => a <= b),
  toBeCloseTo: (_, received, expected, digits = 2) => {
    if (typeof received !== 'number') return broken('runner:expect.notANumber', received);
    const pass = typeof expected === 'number' && (received === expected || mathAbs(expected - received) < mathPow(10, -Number(digits)) / 2);
    return simple('toBeCloseTo', pass, received, expected, { digits: Number(digits) });
  },
  toHaveProperty: (_, received, path, ...value) => {
    const found = property(received, path);
    const pass = found.found && (value.length === 0 || equals(found.value, value[0]));
    const extra = { path: arrayJoin(found.keys, '.') };
    if (value.length === 0 || !found.found) return simple('toHaveProperty', pass, received, undefined, extra);
    return { pass, failure: (negated) => failure(`runner:expect.${negated ? 'not.' : ''}toHavePropertyValue`, found.value, value[0], extra) };
  },
} satisfies Record<string, Matcher>;
