/**
 * WebKit (Safari's engine; Debian's WebKitGTK with its MiniBrowser) through WebDriver. MiniBrowser has no
 * headless mode: the driver runs on a virtual display (xvfb-run), stopped with it by process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { enginePaths } from '../../scripts/lib/engines.mjs';
import { EnginePage, type Engine } from './engine.ts';

type Outcome<T> = { value?: T; error?: string };

class WebKitPage extends EnginePage {
  readonly engine = 'webkit' as const;
  // WebDriver has no network emulation and WebKitGTK's driver offers none of its own; nor does it report the
  // page's console (no log endpoint, no BiDi): `errors` stays empty there.
  readonly canEmulateOffline = false;

  constructor(
    private readonly driver: WebDriver,
    readonly downloads: string,
    private readonly closed: () => Promise<void>,
  ) {
    super();
  }

  async evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
        .then((value) => done({ value }), (error) => done({ error: String((error && error.stack) || error) }));`;
    const outcome = (await this.driver.executeAsyncScript(script, arg)) as Outcome<T>;
    if (outcome.error !== undefined) throw new Error(`webkit: in the page: ${outcome.error}`);
    return outcome.value as T;
  }
  async goto(url: string) {
    await this.driver.get(url);
  }
  async reload() {
    await this.driver.navigate().refresh();
  }
  async close() {
    await this.driver.quit();
    await this.closed();
  }
  protected async nativeClick(selector: string) {
    await this.driver.findElement(By.css(selector)).click();
  }
  protected async selectAll() {
    await this.driver.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).perform();
  }
  protected async setFiles(selector: string, path: string) {
    await this.driver.findElement(By.css(selector)).sendKeys(path);
  }
  async setOffline(): Promise<void> {
    throw new Error('webkit: the driver cannot take the page offline');
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Waits until the driver can open a session: it takes a moment to start with its display, and to let go of
 * a session that has just quit (it holds one at a time).
 */
async function ready(url: string, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const status = (await (await fetch(`${url}/status`)).json()) as { value?: { ready?: boolean } };
      if (status.value?.ready) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('WebKitWebDriver is not ready for a session');
    await pause(100);
  }
}

export async function webkitEngine(): Promise<Engine> {
  const paths = enginePaths().webkit;
  const port = await freePort();
  // MiniBrowser saves downloads in its home folder: a folder of our own.
  const home = mkdtempSync(join(tmpdir(), 'sirius-webkit-home-'));
  const child = spawn(paths.display, ['-a', paths.driver, `--port=${port}`], { detached: true, stdio: 'ignore', env: { ...process.env, HOME: home } });
  const server = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  try {
    await ready(server, child);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    name: 'webkit',
    async open() {
      // Each session is a new ephemeral profile: a first visit.
      const driver = await new Builder()
        .usingServer(server)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] } })
        .build();
      await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
      return new WebKitPage(driver, home, () => ready(server, child));
    },
    async close() {
      stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
