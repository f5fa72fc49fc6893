/** Parses `{id=hello kind=web title="Say hello"}` into key/value pairs, or returns an error message. */
export function parseAttributes(source: string): Map<string, string> | string {
  const attributes = new Map<string, string>();
  // Quoted values may hold their own quote escaped with a backslash: title="The \"order\" message".
  const pattern = /\s*([a-zA-Z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"'}]+))\s*/y;
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) return `cannot read the attributes at "${source.slice(index).trim()}" (write key=value or key="some words")`;
    const key = match[1] ?? '';
    if (attributes.has(key)) return `attribute "${key}" is given twice`;
    const quoted = match[2] ?? match[3];
    attributes.set(key, quoted === undefined ? (match[4] ?? '') : quoted.replace(/\\(.)/g, '$1'));
    index = pattern.lastIndex;
  }
  return attributes;
}
