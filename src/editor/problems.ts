import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';

/** An error from the last run, placed in the file the learner edits (1-based, like the messages a learner reads). */
export interface EditorProblem {
  line: number;
  /** 1-based column; without it the whole line is marked. */
  column?: number;
  message: string;
}

/** The document offset of a 1-based line and column, clamped into the document. */
export function offsetOf(doc: Text, line: number, column = 1): number {
  const { from, to } = doc.line(Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines));
  return Math.min(from + Math.max(0, Math.trunc(column) - 1 || 0), to);
}

/**
 * Turns run errors into CodeMirror lint diagnostics. Positions come from a run of possibly older code, so
 * they are clamped rather than trusted. A column marks the word (or character) there; a line alone marks
 * the line's text without its indentation, so the wavy underline sits under code, not under blanks.
 */
export function toDiagnostics(doc: Text, problems: readonly EditorProblem[]): Diagnostic[] {
  return problems.map(({ line, column, message }) => {
    const { from: start, to: end, text } = doc.line(Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines));
    let from: number;
    let to: number;
    if (column === undefined) {
      from = start + (text.length - text.trimStart().length);
      to = end;
    } else {
      from = offsetOf(doc, line, column);
      const word = /^[\w$-]+/.exec(doc.sliceString(from, end))?.[0] ?? '';
      to = Math.min(from + Math.max(1, word.length), end);
    }
    return { from, to, severity: 'error', message };
  });
}
