/** What a profile keeps in `localStorage` besides IndexedDB, and its removal when the profile is deleted. */
import { PROFILE_KEY_PREFIXES } from './keys.ts';

/** The `localStorage` keys that belong to `profileId`. */
export const profileKeys = (profileId: string): string[] => PROFILE_KEY_PREFIXES.map((prefix) => `${prefix}${profileId}`);

/**
 * Removes every `localStorage` value of a deleted profile (unsaved drafts, joined class plans), so nothing on the
 * device still names them. Where the browser blocks storage there is nothing it could read back either.
 */
export function forgetProfileStorage(profileId: string, storage: Pick<Storage, 'removeItem'> | undefined): void {
  try {
    for (const key of profileKeys(profileId)) storage?.removeItem(key);
  } catch {
    // Blocked storage: unreadable too, so no page shows what is left.
  }
}
