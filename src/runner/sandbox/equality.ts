/**
 * Deep equality as Jest defines it for `toEqual` (undefined properties ignored, classes not compared) and
 * `toStrictEqual` (both checked, sparse holes differ from undefined). Handles Maps, Sets, Dates, RegExps,
 * typed arrays, errors and cycles.
 */

type Pairs = Map<object, object>;

/** True when `a` and `b` have the same content; `strict` adds the `toStrictEqual` checks. */
export function equals(a: unknown, b: unknown, strict = false): boolean {
  return compare(a, b, strict, new Map());
}

function compare(a: unknown, b: unknown, strict: boolean, seen: Pairs): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // A pair already under comparison is assumed equal: this is how cycles terminate.
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  try {
    return compareObjects(a, b, strict, seen);
  } finally {
    seen.delete(a);
  }
}

function compareObjects(a: object, b: object, strict: boolean, seen: Pairs): boolean {
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
  if (a instanceof RegExp && b instanceof RegExp) return a.source === b.source && a.flags === b.flags;
  if (a instanceof Error && b instanceof Error) return a.name === b.name && a.message === b.message;
  if (a instanceof Map && b instanceof Map) return compareMaps(a, b, strict, seen);
  if (a instanceof Set && b instanceof Set) return compareSets(a, b, strict, seen);
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return false;
  return compareKeys(a, b, strict, seen);
}

function compareMaps(a: Map<unknown, unknown>, b: Map<unknown, unknown>, strict: boolean, seen: Pairs): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (b.has(key)) {
      if (!compare(value, b.get(key), strict, seen)) return false;
    } else if (![...b].some(([otherKey, other]) => compare(key, otherKey, strict, seen) && compare(value, other, strict, seen))) {
      return false;
    }
  }
  return true;
}

function compareSets(a: Set<unknown>, b: Set<unknown>, strict: boolean, seen: Pairs): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) {
    if (!b.has(value) && ![...b].some((other) => compare(value, other, strict, seen))) return false;
  }
  return true;
}

function compareKeys(a: object, b: object, strict: boolean, seen: Pairs): boolean {
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  const record = (object: object) => object as Record<string | symbol, unknown>;
  for (const key of keysA) {
    if (!keysB.includes(key)) return false;
    if (!compare(record(a)[key], record(b)[key], strict, seen)) return false;
  }
  return true;
}

/** Enumerable own keys; outside strict mode, keys holding `undefined` do not count. */
function ownKeys(object: object, strict: boolean): (string | symbol)[] {
  const record = object as Record<string | symbol, unknown>;
  return Reflect.ownKeys(object).filter(
    (key) => Object.prototype.propertyIsEnumerable.call(object, key) && (strict || record[key] !== undefined),
  );
}
