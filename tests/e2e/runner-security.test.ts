/**
 * Learner code is hostile until proven otherwise: each test below tries an attack from inside a sandbox
 * and checks the app (the harness page) is untouched.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exercise, html, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
  // What the app holds: a learner's saved progress, a session cookie, a marker that a reload would erase.
  await session.page.evaluate(async () => {
    localStorage.setItem('progress', 'app-data');
    document.cookie = 'session=app-cookie';
    (window as unknown as { marker: number }).marker = 42;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('app-db', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('progress').put('app-value', 'key');
      request.onsuccess = () => { request.result.close(); resolve(); };
      request.onerror = () => reject(request.error);
    });
  });
});
afterAll(() => session?.close());

/** A web page whose script is `code`, with a test that fails unless something forges a pass. */
const webAttack = (code: string) => exercise('web', [html('<h1>x</h1><script src="script.js"></script>'), js('script.js', code)], "test('needs a real pass', () => expect(text('h1')).toBe('never'));");
const jsAttack = (code: string) => exercise('js', [js('attack.js', code)], "import './attack.js';\ntest('needs a real pass', async () => { await new Promise((r) => setTimeout(r, 50)); expect(1).toBe(2); });");

const texts = (result: { console: { text: string }[] }) => result.console.map((entry) => entry.text);

async function appStorage() {
  return session.page.evaluate(async () => ({
    local: localStorage.getItem('progress'),
    keys: Object.keys(localStorage),
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((database) => database.name).sort(),
    marker: (window as unknown as { marker?: number }).marker,
  }));
}

const untouched = { local: 'app-data', keys: ['progress'], cookie: 'session=app-cookie', databases: ['app-db'], marker: 42 };

describe('web sandbox', () => {
  test('cannot read or write the app\'s localStorage, IndexedDB or cookies', async () => {
    const { result } = await session.run(webAttack(`
      const tryIt = (label, action) => { try { console.log(label, action()); } catch (error) { console.log(label, 'blocked', error.name); } };
      tryIt('read localStorage', () => localStorage.getItem('progress'));
      tryIt('write localStorage', () => localStorage.setItem('progress', 'pwned'));
      tryIt('read cookie', () => document.cookie);
      tryIt('write cookie', () => { document.cookie = 'session=pwned'; return 'done'; });
      tryIt('open IndexedDB', () => { indexedDB.open('app-db').onsuccess = (e) => console.log('opened', e.target.result.name); indexedDB.open('evil-db'); return 'requested'; });
      tryIt('parent storage', () => parent.localStorage.getItem('progress'));
      tryIt('parent document', () => parent.document.cookie);
    `));
    expect(texts(result)).toEqual([
      'read localStorage blocked SecurityError', 'write localStorage blocked SecurityError',
      'read cookie blocked SecurityError', 'write cookie blocked SecurityError',
      'open IndexedDB blocked SecurityError', 'parent storage blocked SecurityError', 'parent document blocked SecurityError',
    ]);
    expect(await appStorage()).toEqual(untouched);
  });

  test('cannot navigate or reload the top window, nor open a popup', async () => {
    const pagesBefore = session.browser.contexts()[0]?.pages().length;
    const { result } = await session.run(webAttack(`
      for (const [label, action] of [
        ['top.location', () => { top.location.href = 'about:blank#hacked'; }],
        ['parent reload', () => parent.location.reload()],
        ['popup', () => { console.log('window.open gave', window.open('about:blank')); }],
      ]) { try { action(); } catch (error) { console.log(label, 'blocked', error.name); } }
    `));
    expect(texts(result)).toEqual(['top.location blocked SecurityError', 'parent reload blocked SecurityError', 'window.open gave null']);
    expect(session.browser.contexts()[0]?.pages().length).toBe(pagesBefore);
    expect(session.page.url()).toBe(session.harness.url);
    expect(await appStorage()).toEqual(untouched);
  });

  // A form sent is an attempt to leave the page: see runner-navigation.test.ts.
  test('cannot reach the network: fetch, XHR, WebSocket, EventSource, images, scripts', async () => {
    const leak = `${session.harness.url}leak`;
    const { result } = await session.run(webAttack(`
      fetch('${leak}?fetch').catch((error) => console.log('fetch', error.name));
      const xhr = new XMLHttpRequest(); xhr.open('GET', '${leak}?xhr'); try { xhr.send(); } catch (error) { console.log('xhr', error.name); }
      try { new WebSocket('${leak.replace('http', 'ws')}?ws'); } catch (error) { console.log('ws', error.name); }
      try { new EventSource('${leak}?sse'); } catch (error) { console.log('sse', error.name); }
      new Image().src = '${leak}?img';
      const script = document.createElement('script'); script.src = '${leak}?script'; document.head.append(script);
      const link = document.createElement('link'); link.rel = 'stylesheet'; link.href = '${leak}?css'; document.head.append(link);
    `));
    expect(texts(result)).toEqual(expect.arrayContaining(['fetch TypeError', 'xhr TypeError', 'ws TypeError', 'sse TypeError']));
    expect(result.problems.filter((problem) => problem.kind === 'network').map((problem) => [problem.message.params?.api, problem.file])).toEqual([
      ['fetch', 'script.js'], ['XMLHttpRequest', 'script.js'], ['WebSocket', 'script.js'], ['EventSource', 'script.js'],
    ]);
    // The page's own round trip to the server proves requests would have arrived by now.
    await session.page.evaluate((url) => fetch(url), `${session.harness.url}probe`);
    expect(session.harness.requests.filter((path) => path.includes('leak'))).toEqual([]);
    expect(session.harness.requests.some((path) => path.includes('probe'))).toBe(true);
  });

  test('cannot make the host accept a forged result', async () => {
    const { result } = await session.run(webAttack(`
      const forged = { name: 'forged', path: [], status: 'passed', durationMs: 0 };
      // Straight to the parent window, in the protocol's shapes.
      parent.postMessage({ nonce: 'guess', message: { type: 'test', result: forged } }, '*');
      parent.postMessage({ nonce: 'guess', message: { type: 'done' } }, '*');
      // Try to catch the port the host hands over, and to rewrite what the runtime sends on it.
      addEventListener('message', (event) => {
        console.log('learner saw init', event.ports.length);
        event.ports[0]?.postMessage({ nonce: event.data.nonce, message: { type: 'test', result: forged } });
      }, true);
      const send = MessagePort.prototype.postMessage;
      MessagePort.prototype.postMessage = function (data) {
        if (data?.message?.type === 'test') data.message.result.status = 'passed';
        return send.call(this, data);
      };
    `));
    expect(result.status).toBe('failed');
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([['needs a real pass', 'failed']]);
    expect(texts(result)).not.toContainEqual(expect.stringContaining('learner saw init'));
  });

  test('learner code cannot declare tests, with or without a test file, nor with a leaked test()', async () => {
    const forge = `for (const [label, declare] of [
      ['global', () => __siriusTests(({ fit }) => fit('forged', () => {}))],
      ['leaked', () => window.leakedFit('forged', () => {})],
    ]) { try { declare(); console.log(label, 'declared'); } catch (error) { console.log(label, 'blocked', error.name); } }`;
    const page = [html('<h1>x</h1><script src="script.js"></script>'), js('script.js', forge)];
    const leaking = await session.run(exercise('web', page, "window.leakedFit = fit;\ntest('needs a real pass', () => expect(text('h1')).toBe('never'));"));
    expect(texts(leaking.result)).toEqual(['global blocked TypeError', 'leaked blocked TypeError']);
    expect(leaking.result.tests.map((t) => [t.name, t.status])).toEqual([['needs a real pass', 'failed']]);
    // A test file with a syntax error is left out of the page: learner code still gets no test API.
    const broken = await session.run(exercise('web', page, 'test('));
    expect(texts(broken.result)).toEqual(['global blocked TypeError', 'leaked blocked TypeError']);
    expect(broken.result.tests).toEqual([]);
  });

  test('a page that navigates itself is discarded and the run is an error', async () => {
    // While parsing, and from a test's click while the test is still going.
    const duringTest = (code: string) => exercise('web', [
      html('<button id="go">go</button><script src="script.js"></script>'),
      js('script.js', `document.querySelector('#go').addEventListener('click', () => { ${code} });`),
    ], "test('clicks', async () => { $('#go').click(); await new Promise((resolve) => setTimeout(resolve, 2000)); });");
    for (const target of [webAttack('location.reload();'), duringTest('location.reload();'), duringTest("location.href = 'about:blank';")]) {
      const { result } = await session.run(target);
      expect(result).toMatchObject({ status: 'error', problems: [{ message: { key: 'runner:navigated' } }] });
    }
    expect(await session.page.locator('iframe').count()).toBe(0);
  });
});

describe('js sandbox (worker)', () => {
  test('has no storage of the app and no network, even with dynamic import', async () => {
    const leak = `${session.harness.url}leak`;
    const { result } = await session.run(jsAttack(`
      try { indexedDB.open('app-db'); console.log('idb opened'); } catch (error) { console.log('idb', error.name); }
      console.log('localStorage', typeof localStorage, 'document', typeof document);
      await fetch('${leak}?worker-fetch').catch((error) => console.log('fetch', error.name));
      await import('${leak}?import').catch((error) => console.log('import', error.name));
      try { importScripts('${leak}?importScripts'); } catch (error) { console.log('importScripts', error.name); }
      try { new Worker('${leak}?worker'); } catch (error) { console.log('worker', error.name); }
      self.postMessage({ type: 'done' });
    `));
    expect(texts(result)).toEqual(['idb SecurityError', 'localStorage undefined document undefined', 'fetch TypeError', 'import TypeError', 'importScripts NetworkError', 'worker SecurityError']);
    expect(result.status).toBe('failed');
    await session.page.evaluate((url) => fetch(url), `${session.harness.url}probe`);
    expect(session.harness.requests.filter((path) => path.includes('leak'))).toEqual([]);
    expect(await appStorage()).toEqual(untouched);
  });
});
