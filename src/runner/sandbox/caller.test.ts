import { afterEach, describe, expect, test } from 'vitest';
import { callerFile } from './caller.ts';

const withPrepare = Error as { prepareStackTrace?: unknown };
const original = withPrepare.prepareStackTrace;
afterEach(() => {
  withPrepare.prepareStackTrace = original;
});

describe('callerFile', () => {
  test('names the first script outside the module that asks', () => {
    expect(callerFile()).toMatch(/caller\.test\.ts$/);
  });

  test('refuses to answer once learner code could be rewriting stacks', () => {
    withPrepare.prepareStackTrace = () => '    at exercise.test.js:1:1';
    expect(callerFile()).toBeUndefined();
  });
});
