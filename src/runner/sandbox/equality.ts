/**
 * Deep equality as Jest defines it for `toEqual` (undefined properties ignored, classes not compared),
 * `toStrictEqual` (both checked, sparse holes differ from undefined) and `toMatchObject` (the expected
 * object's properties only). Asymmetric matchers (`expect.any(Number)` …) match wherever they appear.
 * Handles Maps, Sets, Dates, RegExps, typed arrays, errors and cycles, with built-ins captured before
 * learner code ran.
 */
import { isAsymmetric } from './asymmetric.ts';
import {
  dateTime, getPrototypeOf, isArray, MapCtor, mapDelete, mapForEach, mapGet, mapHas, mapSet, mapSize, objectIs, objectTag, ownKeys,
  propertyIsEnumerable, regexpFlags, regexpSource, setForEach, setHas, setSize,
} from './intrinsics.ts';

type Pairs = Map<object, object>;
type Mode = 'equal' | 'strict' | 'subset';

/** True when `a` and `b` have the same content; `strict` adds the `toStrictEqual` checks. */
export function equals(a: unknown, b: unknown, strict = false): boolean {
  return compare(a, b, strict ? 'strict' : 'equal', new MapCtor());
}

/** `toMatchObject`: every property of `expected` is in `received` with a matching value (recursively). */
export function matchesObject(received: unknown, expected: unknown): boolean {
  return compare(received, expected, 'subset', new MapCtor());
}

function compare(a: unknown, b: unknown, mode: Mode, seen: Pairs): boolean {
  const nested = (x: unknown, y: unknown) => compare(x, y, mode === 'subset' ? 'subset' : 'equal', seen);
  if (isAsymmetric(b)) return b.matches(a, nested);
  if (isAsymmetric(a)) return a.matches(b, nested);
  if (objectIs(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // A pair already under comparison is assumed equal: this is how cycles terminate.
  if (mapGet(seen, a) === b) return true;
  mapSet(seen, a, b);
  try {
    return compareObjects(a, b, mode, seen);
  } finally {
    mapDelete(seen, a);
  }
}

function compareObjects(a: object, b: object, mode: Mode, seen: Pairs): boolean {
  const tag = objectTag(a);
  if (tag !== objectTag(b)) return false;
  if (mode === 'strict' && getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  if (tag === '[object Date]') return objectIs(dateTime(a as Date), dateTime(b as Date));
  if (tag === '[object RegExp]') return regexpSource(a as RegExp) === regexpSource(b as RegExp) && regexpFlags(a as RegExp) === regexpFlags(b as RegExp);
  if (tag === '[object Error]') return (a as Error).name === (b as Error).name && (a as Error).message === (b as Error).message;
  if (tag === '[object Map]') return compareMaps(a as Map<unknown, unknown>, b as Map<unknown, unknown>, mode, seen);
  if (tag === '[object Set]') return compareSets(a as Set<unknown>, b as Set<unknown>, mode, seen);
  if (isArray(a) && isArray(b) && a.length !== b.length) return false;
  return compareKeys(a, b, mode, seen);
}

/** Runs `test` on each entry until one says stop; true when none did. */
function everyEntry<K, V>(map: Map<K, V>, test: (value: V, key: K) => boolean): boolean {
  let all = true;
  mapForEach(map, (value, key) => { if (all && !test(value, key)) all = false; });
  return all;
}

function compareMaps(a: Map<unknown, unknown>, b: Map<unknown, unknown>, mode: Mode, seen: Pairs): boolean {
  if (mapSize(a) !== mapSize(b)) return false;
  return everyEntry(a, (value, key) => {
    if (mapHas(b, key)) return compare(value, mapGet(b, key), mode, seen);
    return !everyEntry(b, (other, otherKey) => !(compare(key, otherKey, mode, seen) && compare(value, other, mode, seen)));
  });
}

function compareSets(a: Set<unknown>, b: Set<unknown>, mode: Mode, seen: Pairs): boolean {
  if (setSize(a) !== setSize(b)) return false;
  let all = true;
  setForEach(a, (value) => {
    if (!all || setHas(b, value)) return;
    let found = false;
    setForEach(b, (other) => { found ||= compare(value, other, mode, seen); });
    all = found;
  });
  return all;
}

function compareKeys(a: object, b: object, mode: Mode, seen: Pairs): boolean {
  const keysA = enumerableKeys(a, mode === 'strict');
  const keysB = enumerableKeys(b, mode === 'strict');
  const record = (object: object) => object as Record<string | symbol, unknown>;
  if (mode === 'subset') {
    // Only the expected side's keys matter; arrays still compare item by item (lengths matched above).
    for (let i = 0; i < keysB.length; i++) {
      const key = keysB[i] as string | symbol;
      if (!(key in a) || !compare(record(a)[key], record(b)[key], mode, seen)) return false;
    }
    return true;
  }
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i] as string | symbol;
    if (!includes(keysB, key)) return false;
    if (!compare(record(a)[key], record(b)[key], mode, seen)) return false;
  }
  return true;
}

function includes(keys: readonly (string | symbol)[], key: string | symbol): boolean {
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return true;
  return false;
}

/** Enumerable own keys; outside strict mode, keys holding `undefined` do not count. */
function enumerableKeys(object: object, strict: boolean): (string | symbol)[] {
  const record = object as Record<string | symbol, unknown>;
  const all = ownKeys(object);
  const kept: (string | symbol)[] = [];
  for (let i = 0; i < all.length; i++) {
    const key = all[i] as string | symbol;
    if (propertyIsEnumerable(object, key) && (strict || record[key] !== undefined)) kept[kept.length] = key;
  }
  return kept;
}
