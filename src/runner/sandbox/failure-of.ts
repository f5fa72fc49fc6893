import { AssertionFailure, type Failure } from './expect.ts';

/** For tests of the matchers: the failure an assertion produces, or undefined when it passes. */
export function failureOf(assertion: () => void): Failure | undefined {
  try {
    assertion();
    return undefined;
  } catch (error) {
    if (error instanceof AssertionFailure) return error.failure;
    throw error;
  }
}
