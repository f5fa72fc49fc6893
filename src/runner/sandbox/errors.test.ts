import { describe, expect, test } from 'vitest';
import { locate, problemFromError } from './errors.ts';

const known = (name: string) => (['script.js', 'cart.js'].includes(name) ? name : undefined);

describe('locate', () => {
  test('finds the first frame in a learner file, skipping runtime frames', () => {
    const error = new TypeError('x');
    error.stack = 'TypeError: x\n    at emit (about:srcdoc:1:500)\n    at total (cart.js:4:11)\n    at script.js:9:1';
    expect(locate(error, known)).toEqual({ file: 'cart.js', line: 4, column: 11 });
  });
  test('maps aliases such as blob: URLs', () => {
    const error = new Error('x');
    error.stack = 'Error: x\n    at blob:null/1234-abcd:2:3';
    expect(locate(error, (name) => (name === 'blob:null/1234-abcd' ? 'utils.js' : undefined))).toEqual({ file: 'utils.js', line: 2, column: 3 });
  });
  test('undefined when no frame is known or there is no stack', () => {
    expect(locate('thrown text', known)).toBeUndefined();
  });
});

describe('problemFromError', () => {
  test('an uncaught error is told in beginner words when it is a common mistake, with its place', () => {
    const error = new TypeError("Cannot read properties of null (reading 'x')");
    error.stack = `${error.name}: ${error.message}\n    at script.js:2:6`;
    expect(problemFromError(error, known)).toEqual({
      kind: 'runtime',
      message: { key: 'runner:thrown.readNothing', params: { value: 'null', property: 'x' } },
      detail: "TypeError: Cannot read properties of null (reading 'x')",
      file: 'script.js',
      line: 2,
      column: 6,
    });
  });
  test('any other uncaught error is shown as it is', () => {
    expect(problemFromError(new Error('Prix négatif'), known).message).toEqual({ key: 'runner:uncaught', params: { error: 'Error: Prix négatif' } });
  });
  test('stack overflow reads as endless recursion, huge arrays as memory', () => {
    expect(problemFromError(new RangeError('Maximum call stack size exceeded'), known).message.key).toBe('runner:recursion');
    expect(problemFromError(new RangeError('Invalid array length'), known).kind).toBe('memory');
  });
  test('rejections keep their kind; thrown non-errors are shown as they are', () => {
    expect(problemFromError('nope', known, 'rejection')).toMatchObject({ kind: 'rejection', message: { key: 'runner:rejection', params: { error: 'nope' } } });
  });
});
