/** The learner's side of an order question: a stable shuffle and moves. Pure. */

/** A small string hash (FNV-1a), to shuffle the same way on every visit and in every language. */
function seed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * The pool indexes in the order the learner first sees them: shuffled by the question id, never already in
 * the right order (the first `rightCount` indexes are the right lines, in order).
 */
export function shuffledOrder(id: string, size: number, rightCount: number): number[] {
  const order = Array.from({ length: size }, (_, index) => index);
  let state = seed(id) || 1;
  for (let index = size - 1; index > 0; index--) {
    // xorshift32: tiny and good enough to mix a handful of lines.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const other = (state >>> 0) % (index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const solved = order.slice(0, rightCount).every((value, index) => value === index);
  return solved && size > 1 ? [...order.slice(1), order[0]!] : order;
}

/** A copy of `list` with the item at `from` moved to `to` (both clamped to the list). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item!);
  return copy;
}
