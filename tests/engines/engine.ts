/**
 * An engine-neutral page: the few things a journey does (open, click what a learner sees, type code, wait
 * for text, read the page, go offline, save and pick files), written once on top of a handful of primitives
 * that each driver (Playwright for Chromium, Puppeteer over WebDriver BiDi for Firefox, WebDriver for
 * WebKit) provides. Every wait is on what the page shows, never on a fixed time.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import type { EngineName } from '../../scripts/lib/engines.mjs';

export type { EngineName };

const WAIT_MS = 30_000;
/** Files a browser writes while a download is still in progress. */
const PARTIAL = /\.(part|download|wkdownload|crdownload|tmp)$/;

export interface WaitOptions {
  /** Text the element must contain. */
  text?: string;
  /** Wait for no such element to be shown instead. */
  gone?: boolean;
  timeout?: number;
}

interface Query {
  selector: string;
  text?: string;
  gone: boolean;
  deadline: number;
  mark?: string;
}

/**
 * Runs in the page: resolves true once an element matching the query is shown (or none is, for `gone`),
 * false at the deadline. With `mark`, the element found gets `data-engine-target`, so that the driver can
 * then click it natively, as a person would.
 */
function inPageWait(query: Query): Promise<boolean> {
  const shown = (element: Element) => element.getClientRects().length > 0;
  const named = (element: Element) =>
    query.text === undefined || (element.textContent ?? '').includes(query.text) || (element.getAttribute('aria-label') ?? '').includes(query.text);
  const stop = Date.now() + Math.max(0, query.deadline - Date.now());
  return new Promise((resolve) => {
    const check = () => {
      const found = [...document.querySelectorAll(query.selector)].find((element) => shown(element) && named(element));
      if (Boolean(found) !== query.gone) {
        if (found && query.mark) {
          document.querySelectorAll('[data-engine-target]').forEach((old) => old.removeAttribute('data-engine-target'));
          found.setAttribute('data-engine-target', query.mark);
          found.scrollIntoView({ block: 'center' });
        }
        resolve(true);
      } else if (Date.now() > stop) resolve(false);
      else setTimeout(check, 25);
    };
    check();
  });
}

/** Runs in the page: the focused editor's text replaced by `text`, as an input method or a paste would. */
function inPageInsert(text: string): boolean {
  return document.execCommand('insertText', false, text);
}

export abstract class EnginePage {
  abstract readonly engine: EngineName;
  /** Whether the driver can cut the page from the network (navigator.onLine turns false). */
  abstract readonly canEmulateOffline: boolean;
  /** Where this browser saves downloaded files. */
  abstract readonly downloads: string;
  /** Uncaught exceptions and console errors of the page, where the driver reports them. */
  readonly errors: string[] = [];
  private marks = 0;

  /** Runs `fn(arg)` in the page and returns its (awaited, JSON-like) result. */
  abstract evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  abstract close(): Promise<void>;
  /** A real mouse click on the element matching `selector`. */
  protected abstract nativeClick(selector: string): Promise<void>;
  /** Ctrl+A from the keyboard. */
  protected abstract selectAll(): Promise<void>;
  protected abstract setFiles(selector: string, path: string): Promise<void>;
  abstract setOffline(offline: boolean): Promise<void>;

  /** Text inserted at the caret in one piece (no auto-closed brackets), as an input method or a paste does. */
  protected async insertText(text: string): Promise<void> {
    if (!(await this.evaluate(inPageInsert, text))) throw new Error(`${this.engine}: the editor refused the inserted text`);
  }

  /** Waits until an element matching `selector` (with `text`) is shown, or with `gone` until none is. */
  async waitFor(selector: string, options: WaitOptions = {}): Promise<void> {
    const found = await this.query({ selector, text: options.text, gone: options.gone ?? false, deadline: Date.now() + (options.timeout ?? WAIT_MS) });
    if (!found) throw new Error(`${this.engine}: ${options.gone ? 'still shown' : 'never shown'}: ${selector}${options.text ? ` with “${options.text}”` : ''}`);
  }

  /**
   * Clicks the shown element matching `selector` whose text or label contains `text`, once it is there. An
   * element the app renders anew between finding and clicking it is found again.
   */
  async click(selector: string, text?: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const mark = await this.reveal(selector, text, deadline);
      try {
        return await this.nativeClick(`[data-engine-target="${mark}"]`);
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
  }

  /** Scrolls the shown element matching `selector` (with `text`) into view once it is there; returns its mark. */
  async reveal(selector: string, text?: string, deadline = Date.now() + WAIT_MS): Promise<string> {
    const mark = String(++this.marks);
    if (!(await this.query({ selector, text, gone: false, deadline, mark }))) throw new Error(`${this.engine}: never shown: ${selector}${text ? ` with “${text}”` : ''}`);
    return mark;
  }

  /** Replaces the code of the editor matching `selector` (a `.cm-content`) with `text`. */
  async typeInEditor(selector: string, text: string): Promise<void> {
    await this.click(selector);
    await this.selectAll();
    await this.insertText(text);
  }

  /** The element's text as the page renders it, lines of an editor joined back. */
  text(selector: string): Promise<string> {
    return this.evaluate((css) => {
      const element = document.querySelector(css);
      if (!element) return '';
      const lines = element.querySelectorAll('.cm-line');
      return lines.length > 0 ? [...lines].map((line) => line.textContent).join('\n') : (element as HTMLElement).innerText;
    }, selector);
  }

  /** Picks the file at `path` in the file input matching `selector`. */
  async pickFile(selector: string, path: string): Promise<void> {
    await this.waitFor(selector);
    await this.setFiles(selector, path);
  }

  /** Runs `trigger` and resolves with the path of the file it made the browser save. */
  async download(trigger: () => Promise<void>, timeout = WAIT_MS): Promise<string> {
    const before = new Set(this.savedFiles());
    await trigger();
    const deadline = Date.now() + timeout;
    for (;;) {
      const added = this.savedFiles().filter((name) => !before.has(name) && !PARTIAL.test(name));
      const complete = added.map((name) => join(this.downloads, name)).find((path) => statSync(path).size > 0);
      if (complete) return complete;
      if (Date.now() > deadline) throw new Error(`${this.engine}: no file saved in ${this.downloads}`);
      await pause(50);
    }
  }

  private savedFiles(): string[] {
    return existsSync(this.downloads) ? readdirSync(this.downloads) : [];
  }

  /** Asks the page, again after a navigation destroyed the page's script context mid-wait. */
  private async query(query: Query): Promise<boolean> {
    for (;;) {
      try {
        return await this.evaluate(inPageWait, query);
      } catch (error) {
        if (Date.now() > query.deadline) throw error;
        await pause(50);
      }
    }
  }
}

/** An engine: launched once per test file, a fresh profile (first visit) for each `open()`. */
export interface Engine {
  readonly name: EngineName;
  open(): Promise<EnginePage>;
  close(): Promise<void>;
}
