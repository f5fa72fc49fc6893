/**
 * The sql kind in real Chromium, on real SQLite (sql.js): a fresh database from schema and seed on
 * every run, the learner's statements with their results, tests on `rows`/`results`/`query`, SQLite's
 * errors at their line, and a runaway query stopped by the time limit while the app stays responsive.
 * SQLite is loaded only by the first run that needs it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Exercise } from '../../src/lessons/types.ts';
import { exercise, js, openRunnerSession, sql, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

const database = {
  schema: `CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id), total REAL NOT NULL);`,
  seed: `INSERT INTO clients (name, city) VALUES ('Chloé', 'Lyon'), ('Bo', 'Paris'), ('Ana', 'Lyon'), ('Dan', NULL);
INSERT INTO orders (client_id, total) VALUES (1, 20), (1, 5.5), (3, 12);`,
};

const withDatabase = (target: Exercise, ordered = false): Exercise => ({ ...target, database, ordered });

const shop = withDatabase(exercise(
  'sql',
  [sql('-- Écris tes requêtes ici\nSELECT * FROM clients;')],
  `test('les clients de Lyon, par nom', () => {
  expect(results[0].rows.map((row) => row.name)).toEqual(['Ana', 'Chloé']);
});
test('une commande de 40 pour Bo', () => {
  expect(query('SELECT total FROM orders WHERE client_id = ?', [2])).toEqual([{ total: 40 }]);
});
test('le total par client (JOIN)', () => {
  expect(columns).toEqual(['name', 'total']);
  expect(rows).toMatchRows([{ name: 'Chloé', total: 25.5 }, { name: 'Ana', total: 12 }, { name: 'Bo', total: 40 }]);
});`,
  [sql(`-- Les clients de Lyon, par nom
SELECT name FROM clients WHERE city = 'Lyon' ORDER BY name;
INSERT INTO orders (client_id, total) VALUES (2, 40);
SELECT c.name, SUM(o.total) AS total
FROM clients c
JOIN orders o ON o.client_id = c.id
GROUP BY c.id;`)],
));

describe('loading', () => {
  test('a js run does not load SQLite', async () => {
    const { result } = await session.run(exercise('js', [js('a.js', 'export const a = 1;')], "import { a } from './a.js';\ntest('a', () => expect(a).toBe(1));"));
    expect(result.status).toBe('passed');
    expect(session.harness.requests.filter((path) => /wasm|sql/i.test(path))).toEqual([]);
  });
});

describe('sql exercise', () => {
  test('passes with the solution: WHERE/ORDER BY, a JOIN, an INSERT checked by state', async () => {
    const { result } = await session.run(shop, shop.solution);
    expect(result.problems).toEqual([]);
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ['les clients de Lyon, par nom', 'passed'],
      ['une commande de 40 pour Bo', 'passed'],
      ['le total par client (JOIN)', 'passed'],
    ]);
    expect(result.status).toBe('passed');
    expect(session.harness.requests.filter((path) => path.endsWith('.wasm'))).toHaveLength(1);
  });

  test('the result carries every statement\'s table for the workspace', async () => {
    const { result } = await session.run(shop, shop.solution);
    expect(result.sql?.map((table) => [table.line, table.columns, table.total])).toEqual([
      [2, ['name'], 2], [3, [], 0], [4, ['name', 'total'], 3],
    ]);
    expect(result.sql?.[0]).toEqual({ sql: "SELECT name FROM clients WHERE city = 'Lyon' ORDER BY name", line: 2, columns: ['name'], rows: [['Ana'], ['Chloé']], total: 2 });
  });

  test('fails with the starter, naming the columns to fix', async () => {
    const { result } = await session.run(shop);
    expect(result.status).toBe('failed');
    expect(result.tests.map((t) => t.status)).toEqual(['failed', 'failed', 'failed']);
    expect(result.sql?.[0]).toMatchObject({ columns: ['id', 'name', 'city'], total: 4, rows: expect.arrayContaining([[4, 'Dan', null]]) });
  });

  test('each run starts from a fresh database', async () => {
    const counting = withDatabase(exercise('sql', [sql("INSERT INTO clients (name) VALUES ('Eve');\nSELECT count(*) AS n FROM clients;")], "test('n', () => expect(rows).toEqual([{ n: 5 }]));"));
    expect((await session.run(counting)).result.status).toBe('passed');
    expect((await session.run(counting)).result.status).toBe('passed');
  });

  test('toMatchRows follows the exercise: order checked when ordered=true', async () => {
    const target = withDatabase(exercise('sql', [sql('SELECT name FROM clients ORDER BY name DESC;')], "test('par nom', () => expect(rows).toMatchRows([{ name: 'Ana' }, { name: 'Bo' }, { name: 'Chloé' }, { name: 'Dan' }]));"), true);
    const { result } = await session.run(target);
    expect(result.tests[0]?.failure?.message).toEqual({ key: 'runner:expect.rowsOrder', params: { position: 1, expected: "{ name: 'Ana' }", received: "{ name: 'Dan' }" } });
    expect((await session.run({ ...target, ordered: false })).result.status).toBe('passed');
  });

  test('bad SQL gives SQLite\'s message at the statement\'s line, after the statements before it', async () => {
    const { result } = await session.run(shop, [sql('SELECT name FROM clients;\n\n-- puis\nSELEC * FROM orders;\nSELECT 1;')]);
    expect(result.status).toBe('error');
    expect(result.problems).toEqual([{
      kind: 'syntax', file: 'query.sql', line: 4, detail: 'near "SELEC": syntax error',
      message: { key: 'runner:sqlError', params: { error: 'near "SELEC": syntax error', line: 4 } },
    }]);
    expect(result.sql?.map((table) => table.line)).toEqual([1]);
    const missing = await session.run(shop, [sql('SELECT * FROM client;')]);
    expect(missing.result.problems[0]).toMatchObject({ line: 1, detail: 'no such table: client' });
  });

  test('the recursive-CTE bomb stops within 3 s with its line while an app button click is handled', async () => {
    const bomb = withDatabase(exercise('sql', [sql('-- compte sans fin\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)\nSELECT count(*) FROM c;')], "test('t', () => expect(rows).toHaveLength(1));"));
    const { clicksBefore, startedBefore } = await session.page.evaluate(() => ({ clicksBefore: window.clicks.length, startedBefore: window.runStarted ?? -1 }));
    const box = await session.page.locator('#app-button').boundingBox();
    if (!box) throw new Error('no app button');
    const running = session.run(bomb);
    await session.page.waitForFunction((before) => (window.runStarted ?? -1) > before, startedBefore, { polling: 20 });
    await session.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const { result, start, end } = await running;
    const clicks = await session.page.evaluate(() => window.clicks);

    expect(result.status).toBe('timeout');
    expect(result.problems[0]).toMatchObject({ kind: 'timeout', file: 'query.sql', line: 2, message: { key: 'runner:sqlTimeout', params: { seconds: 3, line: 2 } } });
    expect(end - start).toBeLessThan(3_300);
    expect(clicks).toHaveLength(clicksBefore + 1);
    expect(clicks[clicks.length - 1]).toBeLessThan(end - 1_500);
    // The stuck worker's frame is gone; one prepared frame per worker kind may wait for the next run.
    expect(await session.page.evaluate(() => document.querySelectorAll('iframe').length)).toBeLessThanOrEqual(2);
  });

  test('a broken schema is the exercise\'s fault, and says so', async () => {
    const { result } = await session.run({ ...shop, database: { schema: 'CREATE TABLE (', seed: '' } });
    expect(result.status).toBe('error');
    expect(result.problems[0]?.message.key).toBe('runner:sqlSetup');
  });
});
