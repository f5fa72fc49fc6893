import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';

/** A YAML mapping read with the source line of each key, so schema errors point at the right line. */
export interface YamlMap {
  values: Map<string, unknown>;
  lines: Map<string, number>;
}

/**
 * Parses YAML text that must be a mapping. `firstLine` is the file line the text starts on.
 * Returns a position-tagged error instead of throwing.
 */
export function readYamlMap(
  text: string,
  firstLine: number,
): YamlMap | { line: number; column: number; message: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const reason = error.message.split('\n')[0] ?? error.message;
    return { line: pos.line + firstLine - 1, column: pos.col, message: `YAML: ${reason}` };
  }
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    return { line: firstLine, column: 1, message: 'expected "key: value" lines' };
  }
  const values = new Map<string, unknown>();
  const lines = new Map<string, number>();
  for (const pair of (root?.items ?? []) as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    values.set(key, (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null);
    lines.set(key, lineCounter.linePos(offset).line + firstLine - 1);
  }
  return { values, lines };
}
