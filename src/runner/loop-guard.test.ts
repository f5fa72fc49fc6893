import { describe, expect, test } from 'vitest';
import { loopGuardEdits } from './loop-guard.ts';
import { parseJs } from './parse-js.ts';
import { applyEdits } from './source-edit.ts';

function guarded(code: string, offset = 0): string {
  const parsed = parseJs(code, 'script.js', 'script', offset);
  if (!('ast' in parsed)) throw new Error('unexpected syntax error');
  return applyEdits(code, loopGuardEdits(parsed.ast, 'script.js', offset));
}

/** Runs guarded code with a guard that throws after `limit` calls; returns how the code ended. */
function execute(code: string, limit = 1_000): string {
  let calls = 0;
  const guard = (file: string, line: number) => {
    if (++calls > limit) throw new Error(`stopped at ${file}:${line}`);
  };
  try {
    new Function('__siriusLoop', guarded(code))(guard);
    return 'finished';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('loop guard transform', () => {
  test('every kind of loop, with or without braces, counts its turns and calls the guard with its line', () => {
    const code = [
      'while (true) {}',
      'for (;;);',
      'do x++; while (true)',
      'for (const k in o) f(k)',
      'label: for (const v of list) { continue label; }',
    ].join('\n');
    const count = (line: number) => `if(++__siriusTurns>2047){__siriusTurns=0;__siriusLoop("script.js",${line})}`;
    expect(guarded(code)).toBe([
      `{let __siriusTurns=0;while (true) {${count(1)}}}`,
      `{let __siriusTurns=0;for (;;){${count(2)};}}`,
      `{let __siriusTurns=0;do {${count(3)}x++;} while (true)}`,
      `{let __siriusTurns=0;for (const k in o) {${count(4)}f(k)}}`,
      `{let __siriusTurns=0;label: for (const v of list) {${count(5)} continue label; }}`,
    ].join('\n'));
  });

  test('nested loops each count their own turns; a loop as the body of another or of an if stays valid', () => {
    expect(execute('let n = 0;\nfor (let i = 0; i < 300; i++) for (let j = 0; j < 300; j++) n++;\nif (n !== 90000) throw new Error("changed")', 100_000)).toBe('finished');
    expect(execute('let n = 0;\nif (n === 0) while (n < 1000) n++; else n = -1;\nif (n !== 1000) throw new Error("changed")')).toBe('finished');
    expect(execute('outer: for (let i = 0; i < 3; i++) { for (;;) { continue outer; } }')).toBe('finished');
  });

  test('every function is guarded too, after its directives, arrow bodies included', () => {
    const code = [
      'function f() { "use strict"; return 1; }',
      'const g = (x) => ({ x });',
      'const h = async () => { await 0; };',
      'class A { m() {} }',
    ].join('\n');
    expect(guarded(code)).toBe([
      'function f() { "use strict";__siriusLoop("script.js",1); return 1; }',
      'const g = (x) => ((__siriusLoop("script.js",2),{ x }));',
      'const h = async () => {__siriusLoop("script.js",3); await 0; };',
      'class A { m() {__siriusLoop("script.js",4);} }',
    ].join('\n'));
    expect(execute('const g = (x) => ({ x }); if (g(1).x !== 1) throw new Error("changed")')).toBe('finished');
  });

  test('a chain of calls that never ends stops at the function', () => {
    expect(execute('function again() { again2(); }\nfunction again2() { again(); }\nagain();', 51)).toBe('stopped at script.js:2');
  });

  test('runaway loops stop at their own line, nested ones included', () => {
    expect(execute('while (true) {}')).toBe('stopped at script.js:1');
    expect(execute('for (;;) {}')).toBe('stopped at script.js:1');
    expect(execute('const a = [];\nwhile (true) a.push(1);')).toBe('stopped at script.js:2');
    expect(execute('for (let i = 0; i < 10; i++) {\n  for (;;) {}\n}')).toBe('stopped at script.js:2');
  });

  test('finite loops behave exactly as before', () => {
    expect(execute('let s = 0; for (let i = 0; i < 10; i++) s += i; if (s !== 45) throw new Error("changed")')).toBe('finished');
  });

  test('line breaks are untouched, and an offset maps inline scripts to their page line', () => {
    const code = 'let i = 0;\nwhile (i < 3) {\n  i++;\n}';
    expect(guarded(code).split('\n')).toHaveLength(4);
    expect(guarded(code, 10)).toContain('__siriusLoop("script.js",12)');
  });

  test('a syntax error is a positioned problem, not an exception', () => {
    expect(parseJs('let x = ;', 'script.js', 'script', 2)).toEqual({
      problem: { kind: 'syntax', message: { key: 'runner:syntax', params: { error: 'Unexpected token' } }, detail: 'Unexpected token', file: 'script.js', line: 3, column: 9 },
    });
  });
});
