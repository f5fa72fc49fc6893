/**
 * The rules for a draft and the versions kept behind it: identical drafts count once, the newest wins,
 * older ones stay recoverable up to a bound. Shared by merge, restore and saving, so all three agree.
 */
import { MAX_PREVIOUS_DRAFTS, type Draft, type DraftFile } from './types.ts';

/** A stable text for a draft's files (order-insensitive), used to compare and to order ties. */
export function filesKey(files: readonly DraftFile[]): string {
  const pairs = files.map((file) => [file.name, file.content]).sort(([a = ''], [b = '']) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(pairs);
}

export const sameFiles = (a: readonly DraftFile[], b: readonly DraftFile[]): boolean => filesKey(a) === filesKey(b);

/** Newest first; equal times are ordered by content so the result never depends on argument order. */
function newestFirst(a: Draft, b: Draft): number {
  if (a.savedAt !== b.savedAt) return b.savedAt - a.savedAt;
  const ka = filesKey(a.files);
  const kb = filesKey(b.files);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Drafts with identical files counted once (at their latest time), newest first. */
export function distinctDrafts(drafts: readonly Draft[]): Draft[] {
  const latest = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = filesKey(draft.files);
    const seen = latest.get(key);
    if (!seen || draft.savedAt > seen.savedAt) latest.set(key, draft);
  }
  return [...latest.values()].sort(newestFirst);
}

/** The versions to keep behind `current`: distinct, not equal to it, newest first, bounded. */
export function history(current: Draft | undefined, others: readonly Draft[]): Draft[] {
  const currentKey = current ? filesKey(current.files) : undefined;
  return distinctDrafts(others)
    .filter((draft) => filesKey(draft.files) !== currentKey)
    .slice(0, MAX_PREVIOUS_DRAFTS);
}

export const copyDraft = (draft: Draft): Draft => ({
  files: draft.files.map((file) => ({ name: file.name, content: file.content })),
  savedAt: draft.savedAt,
});
