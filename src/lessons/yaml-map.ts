import { isMap, isScalar, LineCounter, parseDocument, type Pair, type YAMLError } from 'yaml';
import { say } from './messages/index.ts';

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
    return { line: pos.line + firstLine - 1, column: pos.col, message: plainWords(error) };
  }
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    return { line: firstLine, column: 1, message: say('yaml.notMap') };
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

/** The parser's error in the words of someone who writes lessons, not YAML grammars; unknown ones as they are. */
function plainWords(error: YAMLError): string {
  const reason = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && reason.startsWith('Nested mappings')) return say('yaml.quote');
  if (/^Flow (sequence|map)/.test(reason)) return say('yaml.unclosedBracket');
  if (error.code === 'TAB_AS_INDENT') return say('yaml.tab');
  if (error.code === 'DUPLICATE_KEY') return say('yaml.duplicate');
  if (error.code === 'MISSING_CHAR' && reason.includes('quote')) return say('yaml.unclosedQuote');
  if (error.code === 'UNEXPECTED_TOKEN' && reason.includes('scalar')) return say('yaml.afterQuote');
  if (['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'BAD_INDENT'].includes(error.code)) return say('yaml.notKeyValue');
  return say('yaml.other', { reason });
}
