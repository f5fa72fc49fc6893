/**
 * A web page and its own server in real Chromium: the page's `fetch('/api/…')` reaches the exercise's
 * server.js inside the sandbox (Request and Response as on a network, answered later so loading states
 * show), a wrong page fails, a handler's error is a 500 with its line, runaway server code is stopped,
 * every other address stays blocked (nothing reaches a real server), and the live preview shows the
 * server's data when the learner clicks — in the runner alone and in the app's lesson.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ExerciseFile } from '../../src/lessons/types.ts';
import { exercise, html, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';
import { openApp } from './support/app.ts';
import { openPage } from './support/browser.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

const page = html(`<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Menu</title></head>
<body>
  <button id="load">Voir le menu</button>
  <p id="status" role="status"></p>
  <ul id="dishes"></ul>
  <script src="script.js"></script>
</body>
</html>`);

const server = js('server.js', `const dishes = ['Soupe aux lentilles', 'Boulettes sauce lapin'];

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/dishes') {
      if (url.searchParams.get('day') === 'sunday') return Response.json({ error: 'closed' }, { status: 503 });
      return Response.json(dishes);
    }
    if (request.method === 'POST' && url.pathname === '/api/dishes') {
      const { name } = await request.json();
      dishes.push(name);
      return Response.json({ name }, { status: 201 });
    }
    return new Response('Not found', { status: 404 });
  },
};`);

const script = (fetchLine: string) => js('script.js', `const status = document.querySelector('#status');
const list = document.querySelector('#dishes');

async function showMenu(day) {
  status.textContent = 'Chargement…';
  try {
    ${fetchLine}
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const dishes = await response.json();
    list.replaceChildren(...dishes.map((dish) => Object.assign(document.createElement('li'), { textContent: dish })));
    status.textContent = '';
  } catch (error) {
    status.textContent = 'Le menu ne répond pas. Réessaie plus tard.';
  }
}

document.querySelector('#load').addEventListener('click', () => showMenu(document.body.dataset.day));`);

const right = script("const response = await fetch(day ? '/api/dishes?day=' + day : '/api/dishes');");
const tests = `test('a click shows a loading message at once, then the dishes from the server', async () => {
  $('#load').click();
  expect(text('#status')).toBe('Chargement…');
  await waitUntil(() => $$('#dishes li').length > 0);
  expect($$('#dishes li').map((li) => li.textContent)).toEqual(['Soupe aux lentilles', 'Boulettes sauce lapin']);
  expect(text('#status')).toBe('');
});
test('when the server answers an error, the page says so', async () => {
  document.body.dataset.day = 'sunday';
  $('#load').click();
  await waitUntil(() => text('#status') !== 'Chargement…');
  expect(text('#status')).toMatch(/ne répond pas/);
});
test('the server keeps what a POST adds', async () => {
  const created = await request('POST', '/api/dishes', { json: { name: 'Frites' } });
  expect(created.status).toBe(201);
  expect(await (await request('GET', '/api/dishes')).json()).toContain('Frites');
});`;

const fullStack = exercise('web', [page, right, server], tests);
const statuses = (result: { tests: { name: string; status: string }[] }) => result.tests.map((t) => t.status);

describe('a web page with its own server', () => {
  test('passes: fetch reaches server.js, with loading, data and error states', async () => {
    const { result } = await session.run(fullStack);
    expect(result.problems).toEqual([]);
    expect(statuses(result)).toEqual(['passed', 'passed', 'passed']);
    expect(result.status).toBe('passed');
  });

  test('a wrong page fails: without await, the page shows a promise and never the dishes', async () => {
    const { result } = await session.run(fullStack, [page, script("const response = fetch('/api/dishes');"), server]);
    expect(result.status).toBe('failed');
    expect(result.tests[0]).toMatchObject({ status: 'failed' });
  });

  test('a handler that throws answers 500, and its file and line are a problem', async () => {
    const broken = js('server.js', "export default {\n  fetch(request) {\n    return Response.json(menu.dishes);\n  },\n};");
    const { result } = await session.run(fullStack, [page, right, broken]);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'runtime', file: 'server.js', line: 3, message: expect.objectContaining({ key: 'runner:http.threw' }) }));
    expect(result.tests[1]).toMatchObject({ status: 'passed' });
    expect(result.status).toBe('failed');
  });

  test('a page without server.js gets a clear message at its fetch line', async () => {
    const { result } = await session.run(exercise('web', [page, right], tests));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'network', file: 'script.js', line: 7, message: { key: 'runner:page.noServer', params: { api: 'fetch', url: '/api/dishes' } } }));
    expect(result.status).toBe('failed');
  });

  test('runaway server code is stopped at its line like any page code', async () => {
    const endless = js('server.js', 'export default {\n  fetch() {\n    while (true) {}\n  },\n};');
    const { result } = await session.run(fullStack, [page, right, endless]);
    expect(result.status).toBe('timeout');
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'timeout', file: 'server.js', line: 3 }));
  });

  test('server code cannot forge a pass, nor start a second server', async () => {
    const forger = js('server.js', `try { __siriusServer(async (exports) => {}); } catch (error) { console.log('second server', error.name); }
parent.postMessage({ nonce: 'guess', message: { type: 'test', result: { name: 'forged', path: [], status: 'passed', durationMs: 0 } } }, '*');
export default { fetch: () => Response.json([]) };`);
    const { result } = await session.run(fullStack, [page, right, forger]);
    expect(result.console.map((entry) => entry.text)).toContain('second server TypeError');
    expect(result.tests.map((t) => t.name)).not.toContain('forged');
    expect(result.status).toBe('failed');
  });
});

describe('the network outside stays closed', () => {
  test('a fetch to another host reaches nothing; the app\'s own address reaches server.js, not the app\'s server', async () => {
    // The test server also answers as localhost: another origin for the page, the same machine.
    const other = `http://localhost:${new URL(session.harness.url).port}/leak`;
    const files: ExerciseFile[] = [page, js('script.js', `
      fetch('${other}?page').catch((error) => console.log('other host', error.name));
      fetch('https://example.com/api').catch((error) => console.log('example.com', error.name));
      fetch('${session.harness.url}leak?own-origin').then((response) => response.text()).then((body) => console.log('own origin', body));`),
    js('server.js', `export default {\n  async fetch(request) {\n    try { await fetch('${other}?server'); } catch (error) { console.log('server fetch', error.name); }\n    return new Response('server.js answered ' + new URL(request.url).pathname);\n  },\n};`)];
    const { result } = await session.run(exercise('web', files, "test('waits for the answers', async () => { await waitUntil(() => false, 300); });"), files);
    expect(result.console.map((entry) => entry.text).sort()).toEqual([
      'example.com TypeError', 'other host TypeError', `own origin server.js answered ${new URL(session.harness.url).pathname}leak`, 'server fetch TypeError',
    ]);
    expect(result.problems.filter((problem) => problem.kind === 'network').map((problem) => problem.file).sort()).toEqual(['script.js', 'script.js', 'server.js']);
    // The page's own round trip to the test server proves requests would have arrived by now.
    await session.page.evaluate((url) => fetch(url), `${session.harness.url}probe`);
    expect(session.harness.requests.filter((path) => path.includes('leak'))).toEqual([]);
    expect(session.harness.requests.some((path) => path.includes('probe'))).toBe(true);
  });
});

describe('the live preview', () => {
  test('the learner clicks in the preview and sees the loading state, then data from their server', async () => {
    await session.page.evaluate((target) => window.runner.preview(document.getElementById('preview') as HTMLElement, target, target.starter), fullStack);
    const frame = session.page.frameLocator('#preview iframe');
    await frame.getByRole('button', { name: 'Voir le menu' }).click();
    await expect.poll(() => frame.locator('#status').textContent()).toBe('Chargement…');
    await expect.poll(() => frame.locator('#dishes li').allTextContents()).toEqual(['Soupe aux lentilles', 'Boulettes sauce lapin']);
    expect(await frame.locator('#status').textContent()).toBe('');
  });
});

describe('in the app', () => {
  test('the lesson\'s preview talks to its server.js: the learner picks a day, clicks, and sees the dish', async () => {
    const context = await session.browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    await openApp(page, `${inject('appUrl')}#/lesson/front-end/talking-to-a-server/loading-and-error`, 'fr');
    const section = page.locator('#exercise-loading-and-error');
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('tab', { name: 'Aperçu' }).click();
    const frame = section.frameLocator('.preview iframe');
    await frame.getByLabel('Jour').selectOption('mardi');
    await frame.getByRole('button', { name: 'Voir le plat' }).click();
    await expect.poll(() => frame.locator('#plat').textContent()).toBe('Boulettes sauce lapin : 7 €');
    expect(errors).toEqual([]);
    await context.close();
  });
});
