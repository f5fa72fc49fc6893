/**
 * Translation freshness: a translation records, in `source_version`, a fingerprint of the source-language
 * file it was made from. When the source changes, the fingerprints differ and the check calls it outdated.
 */

/** A short fingerprint of a lesson file; blank-line and trailing-space edits do not count as changes. */
export function sourceVersion(source: string): string {
  const normalized = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, index, lines) => line !== '' || (lines[index - 1] ?? '') !== '')
    .join('\n')
    .trim();
  // FNV-1a, 64 bits as two 32-bit halves: small, dependency-free, the same in Node and the browser.
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of new TextEncoder().encode(normalized)) {
    low ^= byte;
    // Multiply the 64-bit value by the FNV prime 0x100000001b3, keeping 64 bits.
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x100000000);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

export type Freshness = 'source' | 'fresh' | 'outdated' | 'unstamped';

/** Whether a translation was made from the current source. */
export function freshness(isSource: boolean, recorded: string | undefined, current: string): Freshness {
  if (isSource) return 'source';
  if (!recorded) return 'unstamped';
  return recorded === current ? 'fresh' : 'outdated';
}

/** Writes `source_version` into a translation's frontmatter (replacing an older one); undefined without frontmatter. */
export function stampSourceVersion(translation: string, version: string): string | undefined {
  const lines = translation.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (lines[0]?.trim() !== '---' || end < 0) return undefined;
  const existing = lines.findIndex((line, index) => index < end && /^source_version\s*:/.test(line));
  // Quoted: a fingerprint made of digits only would otherwise be read as a (rounded) number.
  const line = `source_version: "${version}"`;
  if (existing >= 0) lines[existing] = line;
  else lines.splice(end, 0, line);
  return lines.join('\n');
}
