import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { offsetOf, toDiagnostics } from './problems.ts';

const doc = Text.of(['<p>', '  let total = 1;', '', 'end']);
const marked = (from: number, to: number) => doc.sliceString(from, to);

describe('toDiagnostics', () => {
  it('marks the text of a line without its indentation', () => {
    const [diagnostic] = toDiagnostics(doc, [{ line: 2, message: 'boom' }]);
    expect(diagnostic).toMatchObject({ severity: 'error', message: 'boom' });
    expect(marked(diagnostic!.from, diagnostic!.to)).toBe('let total = 1;');
  });

  it('marks the word at a column', () => {
    const [diagnostic] = toDiagnostics(doc, [{ line: 2, column: 7, message: 'total is not defined' }]);
    expect(marked(diagnostic!.from, diagnostic!.to)).toBe('total');
  });

  it('marks one character when the column is on punctuation', () => {
    const [diagnostic] = toDiagnostics(doc, [{ line: 2, column: 13, message: 'unexpected' }]);
    expect(marked(diagnostic!.from, diagnostic!.to)).toBe('=');
  });

  it('clamps positions from an older version of the code into the document', () => {
    const diagnostics = toDiagnostics(doc, [
      { line: 99, message: 'past the end' },
      { line: 0, message: 'before the start' },
      { line: 3, message: 'empty line' },
      { line: 1, column: 40, message: 'past the line end' },
    ]);
    expect(diagnostics.map(({ from, to }) => [from, to])).toEqual([
      [doc.line(4).from, doc.length],
      [0, 3],
      [doc.line(3).from, doc.line(3).from],
      [3, 3],
    ]);
  });
});

describe('offsetOf', () => {
  it('reads 1-based lines and columns', () => {
    expect(offsetOf(doc, 2)).toBe(doc.line(2).from);
    expect(offsetOf(doc, 2, 3)).toBe(doc.line(2).from + 2);
    expect(offsetOf(doc, Number.NaN)).toBe(0);
  });
});
