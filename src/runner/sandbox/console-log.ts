/**
 * The capped console: at most 1,000 entries and about 1 MB of text, so a logging loop cannot flood the
 * app. Used in the sandbox (to stop sending) and in the host (to stop trusting). DOM-free.
 */
import type { ConsoleEntry } from '../types.ts';

export const CONSOLE_LIMITS = { entries: 1_000, chars: 1_000_000 } as const;

export class ConsoleLog {
  readonly entries: ConsoleEntry[] = [];
  /** True once an entry was dropped or shortened. */
  truncated = false;
  #chars = 0;

  /** Adds an entry if there is room (shortening it to fit); returns false when it was dropped. */
  add(entry: ConsoleEntry): boolean {
    const room = CONSOLE_LIMITS.chars - this.#chars;
    if (this.entries.length >= CONSOLE_LIMITS.entries || room <= 0) {
      this.truncated = true;
      return false;
    }
    const kept = entry.text.length > room ? { ...entry, text: entry.text.slice(0, room) } : entry;
    if (kept !== entry) this.truncated = true;
    this.#chars += kept.text.length;
    this.entries.push(kept);
    return true;
  }
}
