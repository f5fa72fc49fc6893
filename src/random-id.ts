/**
 * Random identifiers (profile ids, run nonces). Built on `crypto.getRandomValues`, which every browser offers
 * everywhere, because `crypto.randomUUID` exists only in secure contexts: a class server on plain HTTP
 * (`http://192.168.x.y:4173/`) has none, and a run or a new profile must work there too.
 */

/** 128 random bits as 32 lowercase hex digits. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
