/**
 * Where class data is kept on a device: small JSON values in `localStorage` (a roster of a class is a few
 * kilobytes, no code), read back through the validating readers of `plan.ts` and `roster.ts`.
 * The plans a learner joined are kept under `JOINED_PREFIX` + profile id (`progress/keys.ts`: removed with the profile).
 */
import { JOINED_PREFIX } from '../progress/keys.ts';

/** The trainer's class on this device: plans made and learners heard from. */
export const ROSTER_KEY = 'sirius-learn:class';

/** The stored value, or `undefined` when there is none, it is not JSON, or storage is blocked. */
export function readStored(storage: Storage | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text == null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Stores `value`; false when the browser refused (storage full or blocked), so the page can say so. */
export function writeStored(storage: Storage | undefined, key: string, value: unknown): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** `localStorage`, or `undefined` where reading it throws (some privacy settings). */
export function deviceStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Calls `changed` when another tab writes `key`, so open pages show a report opened in another tab. */
export function followStored(key: string, changed: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === key || event.key === null) changed();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}


/** Whether the learner joined any class on this device (read before any plan code loads). */
export function hasJoinedPlans(profileId: string | undefined): boolean {
  const stored = profileId === undefined ? undefined : readStored(deviceStorage(), `${JOINED_PREFIX}${profileId}`);
  return Array.isArray(stored) && stored.length > 0;
}
