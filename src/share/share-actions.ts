/**
 * Handing a link on: the phone's share sheet (messaging apps, e-mail) where the browser has one, the clipboard
 * otherwise. Thin adapters over the browser; the dialog says what happened, so none of them fails silently.
 */

/** Whether the browser can open a share sheet for a link (phones, some desktops; secure pages only). */
export function canShareLink(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Opens the share sheet. `cancelled` when the learner closed it; `failed` when the browser refused. */
export async function shareLink(url: string, title: string): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ title, url });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

/**
 * Copies `text` to the clipboard. `false` where the browser does not allow it (a plain-HTTP class server has no
 * clipboard API): the dialog then selects the link for the learner to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
