/**
 * Who is learning in this browser session, and since when nobody touched the app. On a device with two or
 * more learners, a new browser session or a long pause starts with the "Qui apprend ?" picker, so the next
 * person never works in (and overwrites) the last one's profile. One learner alone is never asked.
 */
import { isObject } from './guards.ts';
import { VISIT_KEY } from './keys.ts';

export interface Visit {
  profileId: string;
  /** Last keystroke, click or touch, in ms since the epoch. */
  lastActive: number;
}

/** Whether to ask who is learning instead of going on with `visit`'s learner. */
export function askWhoIsLearning(learners: number, visit: Visit | undefined, now: number, idleMs: number): boolean {
  if (learners < 2) return false;
  return visit === undefined || now - visit.lastActive >= idleMs;
}

export interface VisitStore {
  read(): Visit | undefined;
  write(visit: Visit | undefined): void;
}

/** Kept in `sessionStorage`, which the browser empties when it closes: that is what "a new session" means. */
export function sessionVisits(storage: Storage | undefined = pageSessionStorage()): VisitStore {
  let fallback: Visit | undefined;
  return {
    read() {
      if (!storage) return fallback;
      try {
        const raw: unknown = JSON.parse(storage.getItem(VISIT_KEY) ?? 'null');
        return isObject(raw) && typeof raw.profileId === 'string' && typeof raw.lastActive === 'number' ? { profileId: raw.profileId, lastActive: raw.lastActive } : undefined;
      } catch {
        return undefined;
      }
    },
    write(visit) {
      fallback = visit;
      try {
        if (visit) storage?.setItem(VISIT_KEY, JSON.stringify(visit));
        else storage?.removeItem(VISIT_KEY);
      } catch {
        // Refused (some private modes): the page keeps the visit in memory, which is the same session.
      }
    },
  };
}

function pageSessionStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A store that lives as long as the page (tests, and browsers refusing `sessionStorage`). */
export const memoryVisits = (): VisitStore => sessionVisits(undefined);
