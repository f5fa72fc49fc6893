/**
 * Checks for values read from storage or files. They throw `Invalid`, which `restore.ts` catches at each
 * record's boundary: a bad field sets its record aside, it never escapes as an exception.
 */

/** A stored value that does not have the shape we need; the message says which field and why. */
export class Invalid extends Error {}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs a check that may throw `Invalid` (or anything else, from a hostile value) and returns the outcome. */
export function checked<T>(read: () => T): Checked<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function object(value: unknown, field: string): Record<string, unknown> {
  if (!isObject(value)) throw new Invalid(`${field}: expected an object`);
  return value;
}

export function text(value: unknown, field: string, { min = 0, max = 10_000 } = {}): string {
  if (typeof value !== 'string') throw new Invalid(`${field}: expected a string`);
  if (value.length < min || value.length > max) throw new Invalid(`${field}: length must be ${min}–${max}`);
  return value;
}

/** An id: non-empty, bounded, no control characters (ids end up in keys and URLs). */
export function id(value: unknown, field: string): string {
  const checkedId = text(value, field, { min: 1, max: 200 });
  if (/[\u0000-\u001f]/.test(checkedId)) throw new Invalid(`${field}: control character`);
  return checkedId;
}

/** A non-negative whole number; `fallback` when absent. */
export function count(value: unknown, field: string, fallback = 0): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Invalid(`${field}: expected a count`);
  return value;
}

/** A time in ms since the epoch, or `undefined` when absent. */
export function time(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Invalid(`${field}: expected a time`);
  return value;
}

export function flag(value: unknown, field: string, fallback = false): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new Invalid(`${field}: expected true or false`);
  return value;
}

export function array(value: unknown, field: string, fallback?: unknown[]): unknown[] {
  if (value === undefined && fallback) return fallback;
  if (!Array.isArray(value)) throw new Invalid(`${field}: expected a list`);
  return value;
}

/** One of a fixed set of words, or `fallback` for anything else (for cosmetic fields only). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
