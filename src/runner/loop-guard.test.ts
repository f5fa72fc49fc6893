import { describe, expect, test } from 'vitest';
import { loopGuardEdits } from './loop-guard.ts';
import { parseJs } from './parse-js.ts';
import { TURNS_PER_CALL } from './protocol.ts';
import { applyEdits } from './source-edit.ts';

function guarded(code: string, offset = 0): string {
  const parsed = parseJs(code, 'script.js', 'script', offset);
  if (!('ast' in parsed)) throw new Error('unexpected syntax error');
  return applyEdits(code, loopGuardEdits(parsed.ast, 'script.js', offset));
}

/** A guard like the sandbox's (it resets the function-call count) that throws after `limit` calls. */
function countingGuard(limit: number) {
  const guard = Object.assign((file: string, line: number) => {
    guard.calls = TURNS_PER_CALL - 1;
    if (++guard.count > limit) throw new Error(`stopped at ${file}:${line}`);
  }, { calls: 0, count: 0 });
  return guard;
}

/** Runs guarded code with a guard that throws after `limit` calls; returns how the code ended. */
function execute(code: string, limit = 1_000, guard = countingGuard(limit)): string {
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
    const count = (line: number) => `if(--__siriusTurns<0){__siriusTurns=2047;__siriusLoop("script.js",${line})}`;
    expect(guarded(code)).toBe([
      `{let __siriusTurns=2047;while (true) {${count(1)}}}`,
      `{let __siriusTurns=2047;for (;;){${count(2)};}}`,
      `{let __siriusTurns=2047;do {${count(3)}x++;} while (true)}`,
      `{let __siriusTurns=2047;for (const k in o) {${count(4)}f(k)}}`,
      `{let __siriusTurns=2047;label: for (const v of list) {${count(5)} continue label; }}`,
    ].join('\n'));
  });

  test('nested loops each count their own turns; a loop as the body of another or of an if stays valid', () => {
    expect(execute('let n = 0;\nfor (let i = 0; i < 300; i++) for (let j = 0; j < 300; j++) n++;\nif (n !== 90000) throw new Error("changed")', 100_000)).toBe('finished');
    expect(execute('let n = 0;\nif (n === 0) while (n < 1000) n++; else n = -1;\nif (n !== 1000) throw new Error("changed")')).toBe('finished');
    expect(execute('outer: for (let i = 0; i < 3; i++) { for (;;) { continue outer; } }')).toBe('finished');
  });

  test('a loop around another loop counts its turns with the function calls; the innermost keeps a local counter', () => {
    const code = 'for (let i = 0; i < 3; i++) {\n  while (i) for (;;) {}\n  list.forEach(() => { do {} while (false); });\n}';
    const shared = (line: number) => `--__siriusLoop.calls>=0||__siriusLoop("script.js",${line});`;
    const local = (line: number) => `if(--__siriusTurns<0){__siriusTurns=2047;__siriusLoop("script.js",${line})}`;
    expect(guarded(code)).toBe([
      `for (let i = 0; i < 3; i++) {${shared(1)}`,
      `  while (i) {${shared(2)}{let __siriusTurns=2047;for (;;) {${local(2)}}}}`,
      `  list.forEach(() => {${shared(3)} {let __siriusTurns=2047;do {${local(3)}} while (false);} });`,
      '}',
    ].join('\n'));
  });

  test('a runaway loop around a short loop stops at its own line', () => {
    expect(execute('while (true) {\n  for (let j = 0; j < 3; j++) {}\n}')).toBe('stopped at script.js:1');
    expect(execute('label: while (true) {\n  for (let j = 0; j < 3; j++) continue label;\n}')).toBe('stopped at script.js:1');
  });

  test('every function counts its calls too, after its directives, arrow bodies included', () => {
    const code = [
      'function f() { "use strict"; return 1; }',
      'const g = (x) => ({ x });',
      'const h = async () => { await 0; };',
      'class A { m() {} }',
      'function* gen() { yield 1; }',
    ].join('\n');
    const entry = (line: number) => `--__siriusLoop.calls>=0||__siriusLoop("script.js",${line})`;
    expect(guarded(code)).toBe([
      `function f() { "use strict";${entry(1)}; return 1; }`,
      `const g = (x) => ((${entry(2)},{ x }));`,
      `const h = async () => {${entry(3)}; await 0; };`,
      `class A { m() {${entry(4)};} }`,
      `function* gen() {${entry(5)}; yield 1; }`,
    ].join('\n'));
    expect(execute('const g = (x) => ({ x }); if (g(1).x !== 1) throw new Error("changed")')).toBe('finished');
  });

  test('a small helper called in a hot loop calls the guard once every few thousand calls, not on every call', () => {
    const guard = countingGuard(Infinity);
    const code = 'function square(x) { return x * x; }\nlet sum = 0;\nfor (let i = 0; i < 100000; i++) sum += square(i % 10);\nif (sum !== 2850000) throw new Error("changed")';
    expect(execute(code, Infinity, guard)).toBe('finished');
    // 100 000 calls and 100 000 turns: about 100 000 / 2048 guard calls for each, at most.
    expect(guard.count).toBeGreaterThan(0);
    expect(guard.count).toBeLessThanOrEqual(2 * Math.ceil(100_000 / TURNS_PER_CALL));
  });

  test('a call count that is not a number still calls the guard, which resets it', () => {
    const guard = countingGuard(Infinity);
    guard.calls = Number.NaN;
    expect(execute('function f() {}\nf();', Infinity, guard)).toBe('finished');
    expect(guard.count).toBe(1);
    expect(guard.calls).toBe(TURNS_PER_CALL - 1);
  });

  test('a chain of calls that never ends stops at the function', () => {
    // The first call of the run calls the guard; the next one comes TURNS_PER_CALL calls later, in `again`.
    expect(execute('function again() { again2(); }\nfunction again2() { again(); }\nagain();', 1)).toBe('stopped at script.js:1');
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

describe('counted loops', () => {
  test('a short counted loop keeps no count of its own: the loop or function around it charges its turns', () => {
    const code = 'function f() {\n  for (let j = 0; j < 3000; j++) s += j;\n}\nwhile (go) {\n  for (let k = 0; k < 10; k++) t++;\n}';
    const text = guarded(code);
    expect(text).toContain('for (let j = 0; j < 3000; j++) s += j;');
    expect(text).toContain('for (let k = 0; k < 10; k++) t++;');
    expect(text).toContain('(__siriusLoop.calls-=3001)>=0||__siriusLoop("script.js",1)');
    expect(text).toContain('(__siriusLoop.calls-=11)>=0||__siriusLoop("script.js",4)');
  });

  test('the guard still hears from the code at least once every MAX_BOUNDED_TURNS turns, and runaways still stop', () => {
    const guard = countingGuard(Infinity);
    const code = 'let n = 0;\nfor (let i = 0; i < 3000; i++) {\n  for (let j = 0; j < 3000; j++) n++;\n}\nif (n !== 9e6) throw new Error("changed")';
    expect(execute(code, Infinity, guard)).toBe('finished');
    // Each outer turn charges 3001 turns, more than a count holds: one guard call per outer turn.
    expect(guard.count).toBeGreaterThanOrEqual(3000);
    expect(execute('while (true) {\n  for (let j = 0; j < 3; j++) {}\n}')).toBe('stopped at script.js:1');
    // The function's entry charges its loop's turns, so it meets the guard first: its line is named.
    expect(execute('function f() { for (let j = 0; j < 100; j++) {} }\nfor (;;) f();')).toMatch(/^stopped at script.js:[12]$/);
    expect(execute('for (let i = 0; i < 10; i++) {\n  i = 0;\n}')).toBe('stopped at script.js:1');
  });
});
