import { describe, expect, test } from 'vitest';
import type { ExerciseFile } from '../lessons/types.ts';
import { linkModules } from './modules.ts';

const js = (name: string, content: string): ExerciseFile => ({ name, language: 'js', content });
const problemsOf = (files: ExerciseFile[], tests = '') => linkModules(files, tests).problems;

describe('CommonJS in an exercise', () => {
  test('module.exports, exports.x and require() get one clear message, on their line', () => {
    expect(problemsOf([js('cart.js', 'function total() {}\nmodule.exports = { total };')])).toEqual([
      { kind: 'syntax', message: { key: 'runner:commonJs', params: { syntax: 'module.exports' } }, file: 'cart.js', line: 2 },
    ]);
    expect(problemsOf([js('cart.js', 'exports.total = () => 0;\nexports.count = 1;')])).toEqual([
      { kind: 'syntax', message: { key: 'runner:commonJs', params: { syntax: 'exports' } }, file: 'cart.js', line: 1 },
    ]);
    expect(problemsOf([js('cart.js', 'export const total = () => 0;')], "const { total } = require('./cart');")[0]).toMatchObject({
      message: { key: 'runner:commonJs', params: { syntax: 'require()' } }, file: 'exercise.test.js',
    });
  });

  test('ES modules, and names that only look alike, are fine', () => {
    expect(problemsOf([js('cart.js', 'const module = { name: 1 };\nexport const required = module.name;')])).toEqual([]);
  });

  test('a Jest or Vitest test file imports its API; unknown names are reported', () => {
    expect(problemsOf([js('cart.js', 'export const total = () => 0;')], "import { describe, test, expect, jest } from '@jest/globals';\nimport { vi, beforeAll } from 'vitest';\nimport { total } from './cart';")).toEqual([]);
    expect(problemsOf([], "import { mock } from 'vitest';")).toEqual([
      { kind: 'syntax', message: { key: 'runner:missingExport', params: { name: 'mock', module: 'vitest' } }, file: 'exercise.test.js', line: 1 },
    ]);
  });
});
