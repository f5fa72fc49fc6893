/**
 * Compares result rows the way SQL means them: as a multiset (order-insensitive) unless the exercise
 * says order matters. Says which rows are missing and which are extra, for a beginner's failure message.
 * DOM-free.
 */
import { equals } from './equality.ts';

export interface RowsComparison {
  /** Expected rows the result does not have (as many times as they are missing). */
  missing: unknown[];
  /** Rows of the result that were not expected. */
  extra: unknown[];
  /** In order mode, with the right rows: the first position holding the wrong row. */
  misplaced?: number;
}

/** Compares `received` with `expected` (each row with `toEqual` semantics). */
export function compareRows(received: readonly unknown[], expected: readonly unknown[], ordered: boolean): RowsComparison {
  const unmatched = [...received.keys()];
  const missing: unknown[] = [];
  for (const row of expected) {
    const found = unmatched.findIndex((index) => equals(received[index], row));
    if (found < 0) missing.push(row);
    else unmatched.splice(found, 1);
  }
  const comparison: RowsComparison = { missing, extra: unmatched.map((index) => received[index]) };
  if (ordered && missing.length === 0 && comparison.extra.length === 0) {
    const misplaced = expected.findIndex((row, index) => !equals(received[index], row));
    if (misplaced >= 0) comparison.misplaced = misplaced;
  }
  return comparison;
}

/** The column names of a row object, sorted, so `{ a, b }` and `{ b, a }` have the same shape. */
export function rowShape(row: unknown): string | undefined {
  return row !== null && typeof row === 'object' && !Array.isArray(row) ? Object.keys(row).sort().join(', ') : undefined;
}
