/** Firefox (Debian's ESR) through Puppeteer over WebDriver BiDi: no browser download, no extension. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { enginePaths } from '../../scripts/lib/engines.mjs';
import { EnginePage, type Engine } from './engine.ts';

class FirefoxPage extends EnginePage {
  readonly engine = 'firefox' as const;
  readonly canEmulateOffline = true;

  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    readonly downloads: string,
  ) {
    super();
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
  }

  evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    return this.page.evaluate(fn as never, arg) as Promise<T>;
  }
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  async close() {
    await this.context.close();
  }
  protected async nativeClick(selector: string) {
    await this.page.click(selector);
  }
  protected async selectAll() {
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('KeyA');
    await this.page.keyboard.up('Control');
  }
  protected async setFiles(selector: string, path: string) {
    const input = await this.page.$(selector);
    if (!input) throw new Error(`firefox: no ${selector}`);
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(path);
  }
  async setOffline(offline: boolean) {
    await this.page.setOfflineMode(offline);
  }
}

export async function firefoxEngine(): Promise<Engine> {
  const downloads = mkdtempSync(join(tmpdir(), 'sirius-firefox-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: enginePaths().firefox.browser,
    headless: true,
    // Downloads land in our folder without a dialog, as they would in a learner's Downloads folder.
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  return {
    name: 'firefox',
    async open() {
      // A new user context: its own storage, service workers and caches, like a new device.
      const context = await browser.createBrowserContext();
      return new FirefoxPage(context, await context.newPage(), downloads);
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
