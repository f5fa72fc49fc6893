import { say } from './messages/index.ts';

/**
 * Parses `{id=hello kind=web title="Say hello" project}` into key/value pairs, or returns an error message. A bare
 * key (a flag such as `project`) has the value `undefined`: `has` tells it from an absent key.
 */
export function parseAttributes(source: string): Map<string, string | undefined> | string {
  const attributes = new Map<string, string | undefined>();
  // Quoted values may hold their own quote escaped with a backslash: title="The \"order\" message".
  const pattern = /\s*([a-zA-Z][\w-]*)(?:\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"'}]+))|(?=\s|$))\s*/y;
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) return say('attributes.unreadable', { text: source.slice(index).trim() });
    const key = match[1] ?? '';
    if (attributes.has(key)) return say('attributes.twice', { key });
    const quoted = match[2] ?? match[3];
    attributes.set(key, quoted === undefined ? match[4] : quoted.replace(/\\(.)/g, '$1'));
    index = pattern.lastIndex;
  }
  return attributes;
}
