/**
 * Asks the service worker registration to look for a new version while the app stays open (classes keep a
 * tab open all day): every hour, and as soon as the network comes back. A check that fails (offline, server
 * down) is simply tried again next time.
 */

/** The part of `ServiceWorkerRegistration` this needs. */
export interface Updatable {
  update(): Promise<unknown>;
}

export const UPDATE_CHECK_EVERY_MS = 60 * 60 * 1000;

/** Starts the checks; returns the stop function. */
export function watchForUpdates(registration: Updatable, target: Window = window, everyMs = UPDATE_CHECK_EVERY_MS): () => void {
  const check = () => {
    if (target.navigator.onLine === false) return;
    registration.update().catch(() => undefined);
  };
  const timer = target.setInterval(check, everyMs);
  target.addEventListener('online', check);
  return () => {
    target.clearInterval(timer);
    target.removeEventListener('online', check);
  };
}
