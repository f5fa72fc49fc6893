const RELOADED_AT = 'sirius-learn.stale-reload-at';

/**
 * After a new deploy, an open tab may ask for chunks that no longer exist. Reload once to get the new
 * version; if that happened a moment ago, give up and let the page show its error instead of looping.
 */
export function recoverFromStaleChunks(target: Window = window, now = () => Date.now()): void {
  target.addEventListener('vite:preloadError', (event) => {
    let last = 0;
    try {
      last = Number(target.sessionStorage.getItem(RELOADED_AT) ?? 0);
      if (now() - last < 30_000) return;
      target.sessionStorage.setItem(RELOADED_AT, String(now()));
    } catch {
      return;
    }
    event.preventDefault();
    target.location.reload();
  });
}
