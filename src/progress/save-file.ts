/**
 * Handing a file to the learner: a download everywhere, or the phone's share sheet (a messaging app, e-mail)
 * where the browser can share files. Neither needs a secure context for the download; sharing does, and is
 * simply not offered without it.
 */

/** Downloads `text` as `name`. */
export function downloadFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Whether this browser can send a file through the share sheet (phones, mostly). */
export function canShareFiles(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function' || typeof File === 'undefined') return false;
  try {
    return navigator.canShare({ files: [new File([''], 'test.json', { type: 'application/json' })] });
  } catch {
    return false;
  }
}

/**
 * Opens the share sheet with the file. Resolves `shared`, or `cancelled` when the learner closed the sheet;
 * any other failure falls back to a download, so the learner always ends up with the file.
 */
export async function shareFile(text: string, name: string, type: string, title: string): Promise<'shared' | 'cancelled' | 'downloaded'> {
  try {
    await navigator.share({ files: [new File([text], name, { type })], title });
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    downloadFile(text, name, type);
    return 'downloaded';
  }
}
