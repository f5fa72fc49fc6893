/** Text edits at offsets of the original source, applied together so earlier edits never shift later ones. */

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (insertions have start === end); insertions at one offset keep their order. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const { edit } of ordered) {
    result += source.slice(cursor, edit.start) + edit.text;
    cursor = Math.max(cursor, edit.end);
  }
  return result + source.slice(cursor);
}
