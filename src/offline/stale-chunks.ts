const RELOADED_AT = 'sirius-learn.stale-reload-at';

/** The address of the page's entry script in `html` (an `index.html`), as written there. */
export function entryScript(html: string): string | undefined {
  return /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
}

/**
 * A lazy chunk failed to load. Two causes look alike: a new deploy removed the chunks this tab was built
 * with, or the network failed (weak wifi). The error always reaches the code that asked for the chunk, which
 * says so and offers to try again; only when the server's `index.html` names another entry script than this
 * page's (a new deploy) is the page reloaded once, to get the new version. A reload a moment ago means giving
 * up rather than looping.
 */
export function recoverFromStaleChunks(target: Window = window, now = () => Date.now()): void {
  target.addEventListener('vite:preloadError', () => void reloadIfRedeployed(target, now));
}

async function reloadIfRedeployed(target: Window, now: () => number): Promise<void> {
  try {
    const current = target.document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src');
    const response = await target.fetch(new URL('./', target.location.href).href, { cache: 'no-store' });
    const deployed = response.ok ? entryScript(await response.text()) : undefined;
    if (!current || !deployed || deployed === current) return;
    if (now() - Number(target.sessionStorage.getItem(RELOADED_AT) ?? 0) < 30_000) return;
    target.sessionStorage.setItem(RELOADED_AT, String(now()));
    target.location.reload();
  } catch {
    // Offline, or storage refused: stay; the failed action already says what happened.
  }
}
