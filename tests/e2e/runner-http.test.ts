/**
 * The http kind in real Chromium: a learner's `export default { fetch }` handler answers the tests'
 * `request()` calls (state kept between requests of one run), beginner mistakes get clear failures,
 * `send` answers a request made by hand, and a handler can use the exercise's SQLite database.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise } from '../../src/lessons/types.ts';
import { exercise, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

const validate = js('validate.js', "export function nameError(body) {\n  if (!body || typeof body.name !== 'string' || body.name.trim() === '') return 'name is required';\n  return null;\n}");

const usersApi = exercise(
  'http',
  [js('server.js', "export default {\n  async fetch(request, env) {\n    return new Response('À faire', { status: 501 });\n  },\n};"), validate],
  `test('GET /users lists the users as JSON', async () => {
  const res = await request('GET', '/users');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch('application/json');
  expect(await res.json()).toEqual([{ id: 1, name: 'Ana' }]);
});
test('POST /users creates a user, kept for the next request', async () => {
  const res = await request('POST', '/users', { json: { name: 'Bo' } });
  expect(res.status).toBe(201);
  expect(await res.json()).toEqual({ id: 2, name: 'Bo' });
  const list = await (await request('GET', '/users', { query: { page: 1 } })).json();
  expect(list).toHaveLength(2);
});
test('POST /users without a name is a 400', async () => {
  const res = await request('POST', '/users', { json: {} });
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({ error: 'name is required' });
});
test('an unknown user is a 404', async () => {
  const res = await request('GET', '/users/99');
  expect(res.status).toBe(404);
});`,
  [js('server.js', `import { nameError } from './validate.js';

const users = [{ id: 1, name: 'Ana' }];

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === '/users' && request.method === 'GET') return Response.json(users);
    if (url.pathname === '/users' && request.method === 'POST') {
      const body = await request.json();
      const error = nameError(body);
      if (error) return Response.json({ error }, { status: 400 });
      const user = { id: users.length + 1, name: body.name };
      users.push(user);
      return Response.json(user, { status: 201 });
    }
    const match = url.pathname.match(/^\\/users\\/(\\d+)$/);
    const user = match && users.find((candidate) => candidate.id === Number(match[1]));
    if (user) return Response.json(user);
    return Response.json({ error: 'not found' }, { status: 404 });
  },
};`)],
);

const withServer = (code: string, tests = "test('GET /', async () => { await request('GET', '/'); });"): Exercise => exercise('http', [js('server.js', code)], tests);

describe('http exercise', () => {
  test('passes with the solution: GET and POST routes, 400 and 404, state kept between requests', async () => {
    const { result } = await session.run(usersApi, [...usersApi.solution, validate]);
    expect(result.problems).toEqual([]);
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ['GET /users lists the users as JSON', 'passed'],
      ['POST /users creates a user, kept for the next request', 'passed'],
      ['POST /users without a name is a 400', 'passed'],
      ['an unknown user is a 404', 'passed'],
    ]);
    expect(result.status).toBe('passed');
  });

  test('fails with the starter, every test with what was received', async () => {
    const { result } = await session.run(usersApi);
    expect(result.status).toBe('failed');
    expect(result.tests.map((t) => t.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(result.tests[0]?.failure).toMatchObject({ message: { key: 'runner:expect.equalNumber' }, expected: '200', received: '501', line: 3 });
  });

  test('a handler that returns no Response fails with a message saying so, at the test line', async () => {
    const { result } = await session.run(withServer("export default {\n  fetch(request) {\n    ({ ok: true });\n  },\n};", "test('GET /', async () => {\n  const res = await request('GET', '/');\n});"));
    expect(result.tests[0]?.failure).toMatchObject({ message: { key: 'runner:http.notAResponse', params: { received: 'undefined' } }, line: 2 });
  });

  test('a handler that throws names the learner file and line; a missing export is explained', async () => {
    const thrown = await session.run(withServer("export default {\n  fetch(request) {\n    const users = null;\n    return Response.json(users.length);\n  },\n};"));
    expect(thrown.result.tests[0]?.failure?.message).toMatchObject({ key: 'runner:http.threw', params: { file: 'server.js', line: 4, error: expect.stringContaining('TypeError') } });
    const missing = await session.run(withServer('export function fetch(request) {\n  return new Response("hi");\n}'));
    expect(missing.result.tests[0]?.failure?.message.key).toBe('runner:http.noDefault');
  });

  test('runaway handler code is stopped with its line', async () => {
    const { result } = await session.run(withServer("export default {\n  fetch(request) {\n    while (true) {}\n  },\n};"));
    expect(result.status).toBe('timeout');
    expect(result.problems[0]).toMatchObject({ kind: 'timeout', file: 'server.js', line: 3 });
    expect(result.durationMs).toBeLessThan(3_300);
  });
});

describe('send (the HTTP client panel)', () => {
  test('returns status, headers and body for a POST with a JSON body', async () => {
    const exchange = await session.send(usersApi, { method: 'post', path: '/users', headers: [['content-type', 'application/json']], body: '{"name":"Chloé"}' }, [...usersApi.solution, validate]);
    expect(exchange).toMatchObject({ status: 201, body: '{"id":2,"name":"Chloé"}', problems: [] });
    expect(exchange.headers).toContainEqual(['content-type', 'application/json']);
  });

  test('each request is a fresh run: module state starts again', async () => {
    const first = await session.send(usersApi, { method: 'GET', path: '/users', headers: [] }, [...usersApi.solution, validate]);
    expect(JSON.parse(first.body)).toEqual([{ id: 1, name: 'Ana' }]);
  });

  test('a failing handler gives no status and a problem at its line, with the console', async () => {
    const exchange = await session.send(withServer("export default {\n  fetch(request) {\n    console.log('reçu', request.method, new URL(request.url).pathname);\n    throw new Error('boom');\n  },\n};"), { method: 'DELETE', path: '/x', headers: [] });
    expect(exchange).toMatchObject({ status: 0, body: '', problems: [{ kind: 'runtime', file: 'server.js', line: 4, message: { key: 'runner:http.threw' } }] });
    expect(exchange.console.map((entry) => entry.text)).toEqual(['reçu DELETE /x']);
  });

  test('a request that cannot be built is explained', async () => {
    const exchange = await session.send(usersApi, { method: 'GET', path: '/users', headers: [], body: 'not allowed on GET' });
    expect(exchange.problems[0]?.message.key).toBe('runner:http.badRequest');
  });
});

describe('http with a database', () => {
  const notesApi: Exercise = {
    ...exercise(
      'http',
      [js('server.js', `export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method === 'POST') {
      const { text } = await request.json();
      const { lastInsertRowid } = env.db.run('INSERT INTO notes (text) VALUES (:text)', { text });
      return Response.json(env.db.get('SELECT id, text FROM notes WHERE id = ?', [lastInsertRowid]), { status: 201 });
    }
    return Response.json(env.db.query('SELECT id, text FROM notes WHERE text LIKE ? ORDER BY id', [\`%\${url.searchParams.get('q') ?? ''}%\`]));
  },
};`)],
      `test('GET lists the notes from the database', async () => {
  const res = await request('GET', '/notes', { query: { q: 'lait' } });
  expect(await res.json()).toEqual([{ id: 1, text: 'Acheter du lait' }]);
});
test('POST stores a note', async () => {
  const res = await request('POST', '/notes', { json: { text: 'Appeler Ana' } });
  expect(res.status).toBe(201);
  expect(await res.json()).toEqual({ id: 3, text: 'Appeler Ana' });
  expect(db.query('SELECT text FROM notes')).toMatchRows([{ text: 'Appeler Ana' }, { text: 'Acheter du lait' }, { text: 'Réviser SQL' }]);
});`,
    ),
    database: { schema: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);', seed: "INSERT INTO notes (text) VALUES ('Acheter du lait'), ('Réviser SQL');" },
  };

  test('env.db queries and changes the exercise database; tests check it with db', async () => {
    const { result } = await session.run(notesApi);
    expect(result.problems).toEqual([]);
    expect(result.tests.map((t) => t.status)).toEqual(['passed', 'passed']);
    expect(result.status).toBe('passed');
  });

  test('send starts from a fresh database each time', async () => {
    const post = { method: 'POST', path: '/notes', headers: [['content-type', 'application/json']] as [string, string][], body: '{"text":"x"}' };
    expect((await session.send(notesApi, post)).body).toBe('{"id":3,"text":"x"}');
    expect((await session.send(notesApi, post)).body).toBe('{"id":3,"text":"x"}');
  });
});
