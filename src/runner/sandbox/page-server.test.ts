import { describe, expect, test } from 'vitest';
import type { RunProblem } from '../types.ts';
import { createPageServer, localPath } from './page-server.ts';

const APP = 'https://school.example';
const resolve = (name: string) => (name.endsWith('page-server.test.ts') ? 'server.js' : undefined);

/** A page server whose server.js exports `handler`, and the problems it reports. */
function serve(handler: object | undefined, options: { present?: boolean } = {}) {
  const problems: RunProblem[] = [];
  const server = createPageServer({ present: options.present ?? true, latencyMs: 5, pageOrigin: APP, report: (problem) => problems.push(problem), resolve });
  if (handler) server.register(async (exports: { default?: unknown }) => { exports.default = handler; });
  const fetch = (input: unknown, init?: RequestInit) => server.route(input, init);
  return { server, fetch, problems };
}

describe('localPath', () => {
  test.each([
    ['/api/dishes', '/api/dishes'],
    ['api/dishes?day=monday#top', '/api/dishes?day=monday'],
    ['./api/dishes', '/api/dishes'],
    [`${APP}/api/dishes`, '/api/dishes'],
    ['http://localhost/api/dishes', '/api/dishes'],
  ])('%s is the page\'s own: the handler sees %s', (url, path) => {
    expect(localPath(url, APP)).toBe(path);
  });

  test.each(['https://example.com/api', '//example.com/api', 'http://127.0.0.1:8080/', 'http://localhost:3000/api', 'data:text/plain,hi', 'blob:null/1'])(
    '%s is another site', (url) => {
      expect(localPath(url, APP)).toBeUndefined();
    },
  );

  test('without an http(s) page origin, only relative addresses are the page\'s', () => {
    expect(localPath('/api', undefined)).toBe('/api');
    expect(localPath('data:text/plain,hi', undefined)).toBeUndefined();
  });
});

describe('createPageServer', () => {
  test('a fetch reaches the handler as a real Request and the page gets a copy of its Response', async () => {
    let seen: Request | undefined;
    const { fetch } = serve({
      async fetch(request: Request) {
        seen = request;
        const body = await request.json();
        return Response.json({ added: body.name }, { status: 201, headers: { location: '/api/dishes/3' } });
      },
    });
    const response = await fetch('/api/dishes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'soupe' }) });
    expect(seen?.url).toBe('http://localhost/api/dishes');
    expect(seen?.method).toBe('POST');
    expect(seen?.headers.get('content-type')).toBe('application/json');
    expect([response?.status, response?.ok, response?.headers.get('location')]).toEqual([201, true, '/api/dishes/3']);
    expect(await response?.json()).toEqual({ added: 'soupe' });
  });

  test('a Request object is read like fetch reads it', async () => {
    const { fetch } = serve({ fetch: async (request: Request) => new Response(`${request.method} ${await request.text()}`) });
    const response = await fetch(new Request(`${APP}/api/echo`, { method: 'PUT', body: 'hello' }));
    expect(await response?.text()).toBe('PUT hello');
  });

  test('the answer comes in a later task, like a network call', async () => {
    const { fetch } = serve({ fetch: () => new Response('ok') });
    let answered = false;
    void fetch('/api')?.then(() => { answered = true; });
    await new Promise((done) => setTimeout(done, 0));
    expect(answered).toBe(false);
  });

  test('another site is not answered (the network stays closed)', () => {
    expect(serve({ fetch: () => new Response('') }).fetch('https://example.com/api')).toBeUndefined();
  });

  test('a handler that throws answers 500 and its line is reported', async () => {
    const { fetch, problems } = serve({ fetch: () => { throw new Error('no dishes'); } });
    const response = await fetch('/api/dishes');
    expect(response?.status).toBe(500);
    expect(problems).toEqual([expect.objectContaining({ kind: 'runtime', file: 'server.js', line: expect.any(Number), message: expect.objectContaining({ key: 'runner:http.threw' }) })]);
  });

  test('a handler that calls itself forever answers 500; the recursion is reported, not left to the page\'s catch', async () => {
    const endless = (): never => endless();
    const { fetch, problems } = serve({ fetch: endless });
    expect((await fetch('/api'))?.status).toBe(500);
    expect(problems[0]).toMatchObject({ message: { key: 'runner:recursion' } });
  });

  test('a page without server.js gets a clear problem and a failed fetch', async () => {
    const { fetch, problems } = serve(undefined, { present: false });
    await expect(fetch('/api/dishes')).rejects.toThrow(/no server\.js/);
    expect(problems[0]).toMatchObject({ kind: 'network', message: { key: 'runner:page.noServer', params: { url: '/api/dishes' } } });
  });

  test('a server.js that did not start fails the fetch; its error was reported once', async () => {
    const problems: RunProblem[] = [];
    const server = createPageServer({ present: true, latencyMs: 0, pageOrigin: APP, report: (problem) => problems.push(problem), resolve });
    server.register(async () => { throw new TypeError('boom'); });
    await expect(server.route('/api', undefined)).rejects.toThrow(/did not start/);
    expect(problems).toHaveLength(1);
    expect(() => server.register(async () => {})).toThrow(TypeError);
  });

  test('a 204 has no body; an aborted fetch rejects', async () => {
    const { fetch } = serve({ fetch: () => new Response(null, { status: 204 }) });
    expect((await fetch('/api/x', { method: 'DELETE' }))?.status).toBe(204);
    const controller = new AbortController();
    const pending = fetch('/api/x', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
  });

  test('tests can call the handler directly with request()', async () => {
    const { server } = serve({ fetch: (request: Request) => Response.json({ path: new URL(request.url).pathname }) });
    expect(await (await server.request('GET', '/api/dishes')).json()).toEqual({ path: '/api/dishes' });
    await expect(serve(undefined, { present: false }).server.request('GET', '/')).rejects.toMatchObject({ failure: { message: { key: 'runner:http.noServer' } } });
  });
});
