/**
 * SQL section: the sql kind's cold start (the first SQL run on a page: loading the SQLite runtime and
 * its WebAssembly, starting the worker) and warm runs, and the http kind's run next to a bare Worker
 * round trip, all in real Chromium. Targets: warm SQL run ≤ 50 ms, cold ≤ 500 ms.
 */
import type { Exercise } from '../src/lessons/types.ts';
import { exercise, js, openRunnerSession, sql } from '../tests/e2e/fixtures/runner/session.ts';
import { goal, summarize, type BenchRow } from './row.ts';
import { interleaved, timeBareWorkers, timeRuns } from './timing.ts';

const COLD_PAGES = 12;

const typicalSql: Exercise = {
  ...exercise('sql', [sql(`SELECT name FROM clients WHERE city = 'Lyon' ORDER BY name;
INSERT INTO orders (client_id, total) VALUES (2, 40);
SELECT c.name, SUM(o.total) AS total FROM clients c JOIN orders o ON o.client_id = c.id GROUP BY c.id;`)],
  `test('Lyon', () => expect(results[0].rows).toEqual([{ name: 'Ana' }, { name: 'Chloé' }]));
test('commande', () => expect(query('SELECT total FROM orders WHERE client_id = 2')).toEqual([{ total: 40 }]));
test('totaux', () => expect(rows).toMatchRows([{ name: 'Chloé', total: 25.5 }, { name: 'Ana', total: 12 }, { name: 'Bo', total: 40 }]));`),
  database: {
    schema: 'CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);\nCREATE TABLE orders (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(id), total REAL NOT NULL);',
    seed: "INSERT INTO clients (name, city) VALUES ('Chloé', 'Lyon'), ('Bo', 'Paris'), ('Ana', 'Lyon');\nINSERT INTO orders (client_id, total) VALUES (1, 20), (1, 5.5), (3, 12);",
  },
};

const typicalHttp = exercise('http', [js('server.js', `const todos = [];
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname !== '/todos') return Response.json({ error: 'not found' }, { status: 404 });
    if (request.method === 'POST') {
      const { title } = await request.json();
      if (!title) return Response.json({ error: 'title is required' }, { status: 400 });
      todos.push({ id: todos.length + 1, title });
      return Response.json(todos.at(-1), { status: 201 });
    }
    return Response.json(todos);
  },
};`)], `test('POST puis GET', async () => {
  expect((await request('POST', '/todos', { json: { title: 'pain' } })).status).toBe(201);
  expect(await (await request('GET', '/todos')).json()).toEqual([{ id: 1, title: 'pain' }]);
});
test('400', async () => expect((await request('POST', '/todos', { json: {} })).status).toBe(400));
test('404', async () => expect((await request('GET', '/nope')).status).toBe(404));`);

/**
 * A learner reads the results before the next Run: the runner uses that time to prepare the next
 * sandbox (for SQL: compile SQLite and run its common paths once).
 */
const THINK_MS = 300;

export async function sqlBench(): Promise<BenchRow[]> {
  const session = await openRunnerSession();
  try {
    // Cold: a fresh page each time, whose first run is a SQL run (the browser's HTTP cache stays warm,
    // as the service worker's precache would be after a first visit).
    const cold: number[] = [];
    for (let i = 0; i < COLD_PAGES; i++) {
      const page = await session.browser.newPage();
      await page.goto(session.harness.url);
      await page.waitForFunction(() => 'runner' in window);
      cold.push(...(await timeRuns(page, typicalSql, 1)));
      await page.close();
    }
    const { page } = session;
    const stats = {
      cold: summarize(cold),
      ...(await interleaved({
        worker: (count) => timeBareWorkers(page, count),
        http: (count) => timeRuns(page, typicalHttp, count),
        sql: (count) => timeRuns(page, typicalSql, count, THINK_MS),
        sqlBackToBack: (count) => timeRuns(page, typicalSql, count),
      })),
    };
    const row = (name: string, measured: { median: number; p95: number }, extra: Partial<BenchRow> = {}): BenchRow =>
      ({ section: 'sql', name, ...measured, unit: 'ms', ...extra });
    return [
      row('SQL exercise cold start (first run on a page)', stats.cold, { target: goal(stats.cold.median, 500, '≤ 500 ms') }),
      row(`SQL exercise warm run (Run again after ${THINK_MS} ms)`, stats.sql, { target: goal(stats.sql.median, 50, '≤ 50 ms') }),
      row('SQL exercise run right after another (sandbox not prepared yet)', stats.sqlBackToBack),
      row('bare Worker round trip', stats.worker),
      row('http exercise Run→results', stats.http, { ratio: `${(stats.http.median / stats.worker.median).toFixed(2)}× bare Worker` }),
    ];
  } finally {
    await session.close();
  }
}
