import type { Node } from 'acorn';
import { describe, expect, test } from 'vitest';
import { boundedTurns, MAX_BOUNDED_TURNS } from './bounded-loop.ts';
import { parseJs } from './parse-js.ts';

/** The turns `boundedTurns` gives the first statement of `code`, a loop. */
function turns(code: string): number | undefined {
  const parsed = parseJs(code, 'script.js', 'script');
  if (!('ast' in parsed)) throw new Error('unexpected syntax error');
  return boundedTurns(parsed.ast.body[0] as Node);
}

describe('counted loops that cannot run away', () => {
  test('a literal start, bound and step give the number of turns, up or down', () => {
    expect(turns('for (let i = 0; i < 3_000; i++) {}')).toBe(3000);
    expect(turns('for (let i = 1; i <= 10; ++i) s += i;')).toBe(10);
    expect(turns('for (let i = 10; i > 0; i--) {}')).toBe(10);
    expect(turns('for (let i = 10; i >= -5; i -= 5) {}')).toBe(4);
    expect(turns('for (let i = 0; i < 9; i += 2) {}')).toBe(5);
    expect(turns('for (let i = 5; i < 0; i++) {}')).toBe(0);
    expect(turns(`for (let i = 0; i < ${MAX_BOUNDED_TURNS}; i++) {}`)).toBe(MAX_BOUNDED_TURNS);
  });

  test('a loop whose end is not known before it starts keeps its count', () => {
    for (const code of [
      `for (let i = 0; i < ${MAX_BOUNDED_TURNS + 1}; i++) {}`,
      'for (let i = 0; i < list.length; i++) {}',
      'for (var i = 0; i < 10; i++) {}',
      'for (let i = 0, j = 0; i < 10; i++) {}',
      'for (let i = 0; i < 10; i--) {}',
      'for (let i = 0; i < 10; i += 0) {}',
      'for (let i = 0; i < 10; i *= 2) {}',
      'for (let i = 0.5; i < 10; i++) {}',
      'for (let i = 1e17; i < 1e17 + 10; i++) {}',
      'for (let i = 0; i !== 10; i += 3) {}',
      'for (let i = 0; 10 > i; i++) {}',
      'for (let i = 0; i < 10; j++) {}',
      'while (i < 10) i++;',
    ]) expect(turns(code), code).toBeUndefined();
  });

  test('a counter that the body may change keeps its count, however it is changed', () => {
    for (const body of ['i = 0;', 'i--;', '[i] = [0];', '({ i } = { i: 0 });', 'const reset = () => { i -= 1; }; reset();', 'for (i of [0]) {}', 'eval("i = 0");', '{ let i = 0; i++; }']) {
      expect(turns(`for (let i = 0; i < 10; i++) { ${body} }`), body).toBeUndefined();
    }
    // Reading the counter, or changing something else, is fine.
    expect(turns('for (let i = 0; i < 10; i++) { a[i] = i; o.i = 1; for (let k of list) k++; }')).toBe(10);
  });
});
