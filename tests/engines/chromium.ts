/** Chromium through Playwright: the engine of the full e2e suite, here for the shared journeys. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../../scripts/lib/chromium.ts';
import { EnginePage, type Engine } from './engine.ts';

class ChromiumPage extends EnginePage {
  readonly engine = 'chromium' as const;
  readonly canEmulateOffline = true;

  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    readonly downloads: string,
  ) {
    super();
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    page.on('download', (download) => void download.saveAs(join(downloads, download.suggestedFilename())));
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
    await this.page.keyboard.press('Control+A');
  }
  // Chromium's own input-method path, as the e2e suite types.
  protected override async insertText(text: string) {
    await this.page.keyboard.insertText(text);
  }
  protected async setFiles(selector: string, path: string) {
    await this.page.setInputFiles(selector, path);
  }
  async setOffline(offline: boolean) {
    await this.context.setOffline(offline);
  }
}

export async function chromiumEngine(): Promise<Engine> {
  const browser: Browser = await launch();
  // One Downloads folder for the engine, as in the two others: a file saved by one page outlives it.
  const downloads = mkdtempSync(join(tmpdir(), 'sirius-chromium-downloads-'));
  return {
    name: 'chromium',
    async open() {
      const context = await browser.newContext({ locale: 'fr-BE', acceptDownloads: true });
      return new ChromiumPage(context, await context.newPage(), downloads);
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
