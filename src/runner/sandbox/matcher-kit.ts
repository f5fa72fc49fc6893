/**
 * What every matcher is made of: its outcome (pass, and the failure to report with or without `.not`)
 * and the helpers that turn values into a beginner's message. DOM-free.
 */
import { message, type MATCHER_KEYS, type MessageKey } from '../messages.ts';
import type { Message } from '../types.ts';
import { describeValue } from './format.ts';
import { ErrorCtor, WeakSetCtor, weakSetAdd, weakSetHas } from './intrinsics.ts';

/** What a failed assertion reports (becomes `TestResult.failure`). */
export interface Failure {
  message: Message;
  expected?: string;
  received?: string;
}

const failures = new WeakSetCtor<object>();

/** Thrown by a failed matcher; the test runner turns it into a failed test. */
export class AssertionFailure extends ErrorCtor {
  constructor(readonly failure: Failure) {
    super(failure.message.key);
    this.name = 'AssertionFailure';
    weakSetAdd(failures, this);
  }
}

/** True only for failures our matchers threw (an `instanceof` a learner could redefine is not asked). */
export const isAssertionFailure = (value: unknown): value is AssertionFailure =>
  typeof value === 'object' && value !== null && weakSetHas(failures, value);

export type MatcherName = (typeof MATCHER_KEYS)[number];

export interface Outcome {
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
export interface Context extends ExpectSettings {
  settled: boolean;
}

export type Matcher = (context: Context, received: unknown, ...args: unknown[]) => Outcome;

type Params = Record<string, string | number>;

export function failure(key: MessageKey, received: unknown, expected?: unknown, extra: Params = {}): Failure {
  const rendered = { received: describeValue(received), ...(expected === undefined ? {} : { expected: describeValue(expected) }) };
  return { message: message(key, { ...rendered, ...extra }), ...rendered };
}

/** A matcher whose failure key is `runner:expect.<name>` (or `.not.<name>`). */
export function simple(name: MatcherName, pass: boolean, received: unknown, expected?: unknown, extra?: Params): Outcome {
  return { pass, failure: (negated) => failure(`runner:expect.${negated ? 'not.' : ''}${name}`, received, expected, extra) };
}

/** A matcher that cannot apply to this value (e.g. `toHaveLength` on a number): fails even with `.not`. */
export function broken(key: MessageKey, received: unknown, extra?: Params): Outcome {
  return { pass: false, broken: true, failure: () => failure(key, received, undefined, extra) };
}
