import { describe, expect, test } from 'vitest';
import type { ExerciseFile } from '../lessons/types.ts';
import { linkModules } from './modules.ts';

const js = (name: string, content: string): ExerciseFile => ({ name, language: 'js', content });

describe('linkModules', () => {
  test('orders dependencies first, tests last, and rewrites imports to markers', () => {
    const { modules, problems } = linkModules(
      [js('cart.js', "import { add } from './utils.js';\nexport const total = (xs) => xs.reduce(add, 0);"), js('utils.js', 'export function add(a, b) { return a + b; }')],
      "import { total } from './cart.js';\nimport { test } from 'vitest';\ntest('t', () => {});",
    );
    expect(problems).toEqual([]);
    expect(modules.map((module) => module.name)).toEqual(['utils.js', 'cart.js', 'exercise.test.js']);
    expect(modules[1]?.code).toContain('from "sirius-module:utils.js"');
    expect(modules[2]?.imports).toEqual(['cart.js', '@sirius/test-api']);
  });

  test('specifiers without ./ or .js and in sub-folders resolve', () => {
    const { modules, problems } = linkModules(
      [js('lib/math.js', "export * from './more';"), js('lib/more.js', 'export const two = 2;'), js('main.js', "import { two } from './lib/math.js';")],
      "import './main';",
    );
    expect(problems).toEqual([]);
    expect(modules.map((module) => module.name)).toEqual(['lib/more.js', 'lib/math.js', 'main.js', 'exercise.test.js']);
  });

  test('beginner mistakes are reported before running, with file and line', () => {
    expect(linkModules([js('a.js', 'export const x = 1;')], "\nimport { y } from './a.js';").problems).toEqual([
      { kind: 'syntax', message: { key: 'runner:missingExport', params: { name: 'y', module: 'a.js' } }, file: 'exercise.test.js', line: 2 },
    ]);
    expect(linkModules([], "import _ from 'lodash';").problems[0]?.message).toEqual({ key: 'runner:unknownImport', params: { name: 'lodash' } });
    expect(linkModules([js('a.js', "import './b.js';"), js('b.js', "import './a.js';")], '').problems[0]?.message).toEqual({
      key: 'runner:importCycle', params: { files: 'a.js → b.js → a.js' },
    });
    expect(linkModules([js('a.js', 'export const = 1')], '').problems[0]).toMatchObject({ kind: 'syntax', file: 'a.js', line: 1 });
  });

  test('loops are guarded and dynamic imports go through the sandbox', () => {
    const { modules } = linkModules([js('a.js', "while (true) {}\nimport('./b.js');"), js('b.js', '')], '');
    expect(modules[0]?.code).toBe('{let __siriusTurns=2047;while (true) {if(--__siriusTurns<0){__siriusTurns=2047;__siriusLoop("a.js",1)}}}\n__siriusImport(\'./b.js\');');
  });
});
