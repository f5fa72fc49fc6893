/**
 * Runs `task` once the browser has nothing more urgent to do (a keystroke to show, a frame to paint), and at
 * the latest after `timeoutMs`. Safari has no requestIdleCallback: a short timeout stands in. Returns the cancel.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
