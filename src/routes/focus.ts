/**
 * Moves focus to the new page's heading once it is rendered (pages load lazily), so screen readers
 * announce the page and keyboard users start from its top. Gives up after about two seconds, or as soon as
 * the learner has put focus somewhere else meanwhile (a quick Tab, a form that opened): that is where they are.
 */
export function focusHeading(document: Document, frames = 120): Promise<boolean> {
  const before = document.activeElement;
  return new Promise((resolve) => {
    const attempt = (left: number) => {
      const active = document.activeElement;
      if (active !== before && active !== document.body && active !== null) {
        resolve(false);
        return;
      }
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.focus();
        resolve(true);
      } else if (left > 0) requestAnimationFrame(() => attempt(left - 1));
      else resolve(false);
    };
    requestAnimationFrame(() => attempt(frames));
  });
}

/** Whether nobody is typing: focus is not in a field or an editor, which the app must never take it from. */
export function focusIsFree(document: Document): boolean {
  const active = document.activeElement;
  return !active?.matches('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
}
