/**
 * Code blocks wider than their column scroll sideways; a keyboard user can scroll them only if they can be
 * focused (WCAG 2.1.1). Gives `tabindex="0"` to the `pre` blocks of `root` that overflow, and takes it back
 * from those that no longer do, as the layout changes (window size, text size, bilingual columns).
 * Returns the function that stops watching.
 */
export function focusableScrollers(root: HTMLElement): () => void {
  const update = () => {
    for (const block of root.querySelectorAll<HTMLElement>('pre.code')) {
      if (block.scrollWidth > block.clientWidth + 1) block.tabIndex = 0;
      else block.removeAttribute('tabindex');
    }
  };
  // Older browsers (and jsdom) lack ResizeObserver: blocks are then checked when the lesson changes only.
  const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
  const mutation = new MutationObserver(update);
  resize?.observe(root);
  mutation.observe(root, { childList: true, subtree: true });
  update();
  return () => {
    resize?.disconnect();
    mutation.disconnect();
  };
}
