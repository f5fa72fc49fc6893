const holdsCodeBlock = (node: Node) => node instanceof Element && (node.matches('pre.code') || node.querySelector('pre.code') !== null);

/**
 * Code blocks wider than their column scroll sideways; a keyboard user can scroll them only if they can be
 * focused (WCAG 2.1.1). Gives `tabindex="0"` to the `pre` blocks of `root` that overflow, and takes it back
 * from those that no longer do, as their boxes change (window size, text size, bilingual columns).
 * Returns the function that stops watching.
 */
export function focusableScrollers(root: HTMLElement): () => void {
  const check = (block: HTMLElement) => {
    if (block.scrollWidth > block.clientWidth + 1) block.tabIndex = 0;
    else block.removeAttribute('tabindex');
  };
  // Each block is watched itself, not the page: typing in an exercise's editor resizes the page on many keys,
  // and measuring every block then would lay the page out once more per keystroke. Older browsers (and jsdom)
  // lack ResizeObserver: blocks are then checked when they arrive only.
  const resize =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => entries.forEach((entry) => check(entry.target as HTMLElement)));
  const watch = () => {
    // A newly observed block is reported at once.
    for (const block of root.querySelectorAll<HTMLElement>('pre.code')) {
      if (resize) resize.observe(block);
      else check(block);
    }
  };
  const mutation = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes, ...record.removedNodes].some(holdsCodeBlock))) watch();
  });
  mutation.observe(root, { childList: true, subtree: true });
  watch();
  return () => {
    resize?.disconnect();
    mutation.disconnect();
  };
}

/**
 * The same rule for one scrolling region (a wide table in its own frame): a tab stop while its content overflows,
 * none when everything fits. For `{@attach …}`; returns the cleanup.
 */
export function focusableWhenOverflowing(region: HTMLElement): () => void {
  const update = () => {
    const overflows = region.scrollWidth > region.clientWidth + 1 || region.scrollHeight > region.clientHeight + 1;
    if (overflows) region.tabIndex = 0;
    else region.removeAttribute('tabindex');
  };
  const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
  const mutation = new MutationObserver(update);
  resize?.observe(region);
  for (const child of region.children) resize?.observe(child);
  mutation.observe(region, { childList: true, subtree: true });
  update();
  return () => {
    resize?.disconnect();
    mutation.disconnect();
  };
}
