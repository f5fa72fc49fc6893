/**
 * `toMatchRows`, the matcher SQL exercises use: rows compared as SQL means them (in any order unless the
 * exercise says `ordered`), with a message saying what to fix first. DOM-free.
 */
import { message } from '../messages.ts';
import { describeValue } from './format.ts';
import { isArray } from './intrinsics.ts';
import { broken, failure, type Failure, type Matcher } from './matcher-kit.ts';
import { compareRows, rowShape } from './rows.ts';

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

export const ROWS_MATCHERS = {
  toMatchRows: ({ orderedRows }, received, expected) => {
    if (!isArray(received)) return broken('runner:expect.notRows', received);
    const rows = isArray(expected) ? expected : [expected];
    return { pass: isMatch(compareRows(received, rows, orderedRows)), failure: (negated) => rowsFailure(negated, received, rows, orderedRows) };
  },
} satisfies Record<string, Matcher>;
