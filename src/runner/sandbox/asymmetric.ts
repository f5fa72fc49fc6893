/**
 * Jest's asymmetric matchers (`expect.any(Number)`, `expect.objectContaining({...})` …): values that
 * stand for "anything like this" inside `toEqual`, `toHaveBeenCalledWith` and the others. Only the ones
 * made here count — a learner's object with an `asymmetricMatch` method is compared as plain data, so it
 * cannot pass itself off as a matcher. DOM-free.
 */
import {
  arrayIndexOf, assign, create, freeze, getPrototypeOf, isArray, mathAbs, mathPow, numberIsNaN, objectKeys, regexpExec,
  RegExpCtor, regexpFlags, regexpSource, stringIncludes, stringReplace, WeakSetCtor, weakSetAdd, weakSetHas,
} from './intrinsics.ts';

/** Deep equality, passed in by equality.ts (which itself defers to asymmetric matchers). */
export type Equals = (a: unknown, b: unknown) => boolean;

export interface Asymmetric {
  /** True when `other` is "like" this matcher. */
  readonly matches: (other: unknown, equals: Equals) => boolean;
  /** How failure messages show it, e.g. `StringContaining 'abc'`. */
  readonly describe: (format: (value: unknown) => string) => string;
}

const made = new WeakSetCtor<object>();

function asymmetric(matches: Asymmetric['matches'], describe: Asymmetric['describe']): Asymmetric {
  const matcher = freeze(assign(create(null) as object, { matches, describe })) as Asymmetric;
  weakSetAdd(made, matcher);
  return matcher;
}

export function isAsymmetric(value: unknown): value is Asymmetric {
  return typeof value === 'object' && value !== null && weakSetHas(made, value);
}

const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null;

const WRAPPERS: unknown[] = [String, Number, Boolean, BigInt, Symbol, Function];
const PRIMITIVES = ['string', 'number', 'boolean', 'bigint', 'symbol', 'function'];

/** `expect.any(Class)`: a value of that type (primitives match their wrapper: `any(Number)` matches 3). */
function any(type: unknown): Asymmetric {
  if (typeof type !== 'function') throw new TypeError('expect.any() needs a class or a constructor, e.g. expect.any(Number)');
  const primitive = PRIMITIVES[arrayIndexOf(WRAPPERS, type)];
  return asymmetric((other) => {
    if (primitive && typeof other === primitive) return true;
    if (type === Object) return isObject(other) || typeof other === 'function';
    return isObject(other) && isInstance(other, type);
  }, () => `Any<${(type as { name?: string }).name || 'anonymous'}>`);
}

/** `instanceof` by walking the prototype chain, so no `Symbol.hasInstance` a learner defines is asked. */
function isInstance(value: object, type: Function): boolean {
  const prototype: unknown = (type as { prototype?: unknown }).prototype;
  for (let link: unknown = getPrototypeOf(value); link !== null; link = getPrototypeOf(link as object)) {
    if (link === prototype) return true;
  }
  return false;
}

/** Builds one matcher and its `.not` twin. */
function pair<Args extends unknown[]>(build: (...args: Args) => Asymmetric) {
  return {
    yes: build,
    no: (...args: Args): Asymmetric => {
      const inner = build(...args);
      return asymmetric((other, equals) => !inner.matches(other, equals), (format) => `Not${inner.describe(format)}`);
    },
  };
}

const stringContaining = pair((part: unknown) => {
  const text = String(part);
  return asymmetric((other) => typeof other === 'string' && stringIncludes(other, text), (format) => `StringContaining ${format(text)}`);
});

const stringMatching = pair((pattern: unknown) => {
  const regexp = pattern instanceof RegExpCtor
    ? new RegExpCtor(regexpSource(pattern), stringReplace(regexpFlags(pattern), 'g', ''))
    : new RegExpCtor(String(pattern));
  return asymmetric((other) => {
    if (typeof other !== 'string') return false;
    regexp.lastIndex = 0;
    return regexpExec(regexp, other) !== null;
  }, (format) => `StringMatching ${format(regexp)}`);
});

const objectContaining = pair((expected: unknown) => {
  if (!isObject(expected)) throw new TypeError('expect.objectContaining() needs an object');
  const keys = objectKeys(expected);
  return asymmetric((other, equals) => {
    if (!isObject(other) && typeof other !== 'function') return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(key in (other as object)) || !equals((other as Record<string, unknown>)[key], expected[key])) return false;
    }
    return true;
  }, (format) => `ObjectContaining ${format(expected)}`);
});

const arrayContaining = pair((expected: unknown) => {
  if (!isArray(expected)) throw new TypeError('expect.arrayContaining() needs an array');
  return asymmetric((other, equals) => {
    if (!isArray(other)) return false;
    for (let i = 0; i < expected.length; i++) {
      let found = arrayIndexOf(other, expected[i]) >= 0;
      for (let j = 0; !found && j < other.length; j++) found = equals(other[j], expected[i]);
      if (!found) return false;
    }
    return true;
  }, (format) => `ArrayContaining ${format(expected)}`);
});

const closeTo = pair((expected: unknown, digits: unknown = 2) => {
  if (typeof expected !== 'number') throw new TypeError('expect.closeTo() needs a number');
  const precision = mathPow(10, -Number(digits)) / 2;
  return asymmetric((other) => {
    if (typeof other !== 'number' || numberIsNaN(other)) return false;
    if (other === expected) return true;
    return mathAbs(expected - other) < precision;
  }, (format) => `NumberCloseTo ${format(expected)} (${Number(digits)} digits)`);
});

const anything = (): Asymmetric => asymmetric((other) => other !== null && other !== undefined, () => 'Anything');

/** The asymmetric matchers as `expect` carries them, with `expect.not.*`. */
export function asymmetricMatchers() {
  return {
    any,
    anything,
    stringContaining: stringContaining.yes,
    stringMatching: stringMatching.yes,
    objectContaining: objectContaining.yes,
    arrayContaining: arrayContaining.yes,
    closeTo: closeTo.yes,
    not: freeze(assign(create(null) as object, {
      stringContaining: stringContaining.no,
      stringMatching: stringMatching.no,
      objectContaining: objectContaining.no,
      arrayContaining: arrayContaining.no,
      closeTo: closeTo.no,
    })),
  };
}
