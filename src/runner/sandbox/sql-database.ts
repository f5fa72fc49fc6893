/**
 * The exercise database on sql.js: opened from the exercise's schema and seed, the helpers handlers and
 * tests use (`query`, `get`, `run`), and the learner's SQL file run statement by statement. Takes the
 * sql.js module as a parameter, so it runs in the sandbox worker and in node's unit tests alike.
 */
import type { BindParams, Database, SqlJsStatic, SqlValue } from 'sql.js';
import { SQL_ROWS_READ, SQL_ROWS_SHOWN, type SqlTable } from '../types.ts';
import { splitStatements, type SqlStatement } from './sql-statements.ts';

/** A row as tests and handlers see it: column name → value (a BLOB is a Uint8Array). */
export type Row = Record<string, SqlValue>;

/** `env.db` in handlers, `db` in http tests; `query` is also a sql test global. */
export interface DatabaseHelpers {
  /** Every row the statement returns. */
  query: (sql: string, params?: unknown) => Row[];
  /** The first row, or undefined. */
  get: (sql: string, params?: unknown) => Row | undefined;
  /** Runs a statement that changes data. */
  run: (sql: string, params?: unknown) => { changes: number; lastInsertRowid: number };
}

/** One of the learner's statements, run. */
export interface StatementResult {
  sql: string;
  line: number;
  columns: string[];
  values: SqlValue[][];
  /** True when the statement had more rows than SQL_ROWS_READ: the rest were not read. */
  capped?: boolean;
}

/** A fresh database: foreign keys enforced (as in the servers learners will meet), schema, then seed. */
export function openDatabase(SQL: SqlJsStatic, spec: { schema: string; seed: string }): Database {
  const db = new SQL.Database();
  try {
    db.exec('PRAGMA foreign_keys = ON;');
    db.exec(spec.schema);
    if (spec.seed.trim()) db.exec(spec.seed);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const cell = (value: unknown): SqlValue => {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  return value as SqlValue;
};

/**
 * Parameters as sql.js binds them: an array for `?`, an object for named ones — where a name may be
 * given without its `:`/`@`/`$` (as better-sqlite3 allows), and a single value stands for `[value]`.
 */
export function bindParams(params: unknown): BindParams | undefined {
  if (params === undefined || params === null) return undefined;
  if (Array.isArray(params)) return params.map(cell);
  if (typeof params !== 'object' || params instanceof Uint8Array) return [cell(params)];
  const named: Record<string, SqlValue> = {};
  for (const [name, value] of Object.entries(params)) {
    for (const key of /^[:@$]/.test(name) ? [name] : [`:${name}`, `@${name}`, `$${name}`]) named[key] = cell(value);
  }
  return named;
}

/** Runs one statement; with `cap`, stops stepping after that many rows (the result says so). */
function execute(db: Database, sql: string, params?: BindParams, cap = Infinity): { columns: string[]; values: SqlValue[][]; capped?: boolean } {
  const statement = db.prepare(sql);
  try {
    if (params) statement.bind(params);
    const values: SqlValue[][] = [];
    while (statement.step()) {
      if (values.length >= cap) return { columns: statement.getColumnNames(), values, capped: true };
      values.push(statement.get());
    }
    return { columns: statement.getColumnNames(), values };
  } finally {
    statement.free();
  }
}

/** Column names → values; with duplicate names (a JOIN's two `id`s) the last column wins, as in other drivers. */
export function rowObjects(columns: readonly string[], values: readonly SqlValue[][]): Row[] {
  return values.map((row) => Object.fromEntries(columns.map((name, index) => [name, row[index] ?? null])));
}

/** One statement per call, so parameters never bind to the wrong statement (sql.js binds the first only). */
function single(helper: string, sql: unknown): string {
  const text = String(sql);
  const count = splitStatements(text).length;
  if (count !== 1) throw new Error(`${helper}() runs exactly one SQL statement, but got ${count}: call it once per statement`);
  return text;
}

export function databaseHelpers(db: Database): DatabaseHelpers {
  const query = (sql: string, params?: unknown) => {
    const { columns, values } = execute(db, single('query', sql), bindParams(params));
    return rowObjects(columns, values);
  };
  return {
    query,
    get: (sql, params) => query(sql, params)[0],
    run: (sql, params) => {
      execute(db, single('run', sql), bindParams(params));
      const changes = db.getRowsModified();
      const lastInsertRowid = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
      return { changes, lastInsertRowid };
    },
  };
}

/** Told about each statement: before it runs (the host then knows which one runs, should it never end) and after. */
export interface StatementHooks {
  before?: (statement: SqlStatement) => void;
  after?: (result: StatementResult) => void;
}

/**
 * Runs the learner's statements in order; stops at the first error, with SQLite's message and the line.
 * A statement returning rows is read up to SQL_ROWS_READ rows: a huge result (a forgotten join condition)
 * shows at once, marked as cut, instead of running into the time limit.
 */
export function runStatements(db: Database, source: string, hooks: StatementHooks = {}): { results: StatementResult[]; error?: { message: string; line: number } } {
  const results: StatementResult[] = [];
  for (const statement of splitStatements(source)) {
    hooks.before?.(statement);
    try {
      const result = { sql: statement.sql, line: statement.line, ...execute(db, statement.sql, undefined, SQL_ROWS_READ) };
      results.push(result);
      hooks.after?.(result);
    } catch (error) {
      return { results, error: { message: error instanceof Error ? error.message : String(error), line: statement.line } };
    }
  }
  return { results };
}

/** Statements that go through SQLite's common paths: parser, planner, joins, sorting, writes, CTEs. */
const WARM_UP = `CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n REAL DEFAULT 0);
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id), v INTEGER);
CREATE INDEX b_a ON b(a_id);
INSERT INTO a (name, n) VALUES ('x', 1.5), ('y', 2);
INSERT INTO b (a_id, v) SELECT id, id * 2 FROM a;
UPDATE a SET n = n + 1 WHERE name LIKE 'x%';
DELETE FROM b WHERE v > 100;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 20) SELECT count(*), max(i) FROM c;
SELECT a.name, count(b.id) AS k, sum(b.v), avg(a.n), group_concat(a.name) FROM a LEFT JOIN b ON b.a_id = a.id
WHERE a.n BETWEEN 0 AND 10 AND a.name IN ('x', 'y') GROUP BY a.id HAVING k >= 0 ORDER BY a.name DESC LIMIT 5 OFFSET 0;
SELECT upper(name), length(name), substr(name, 1, 1), coalesce(NULL, n), CASE WHEN n > 1 THEN 'big' ELSE 'small' END FROM a
WHERE EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id) UNION SELECT 'z', 1, 'z', 0, 'small' ORDER BY 1;`;

/**
 * Runs a throwaway database through the common paths once. WebAssembly functions are compiled on their
 * first call: paying for that while the worker waits keeps it out of the learner's run.
 */
export function warmUp(SQL: SqlJsStatic): void {
  const db = openDatabase(SQL, { schema: '', seed: '' });
  try {
    const { error } = runStatements(db, WARM_UP);
    if (error) throw new Error(`warm-up line ${error.line}: ${error.message}`);
    const helpers = databaseHelpers(db);
    helpers.get('SELECT name FROM a WHERE id = :id', { id: 1 });
    helpers.run('INSERT INTO a (name) VALUES (?)', ['w']);
  } finally {
    db.close();
  }
}

/** A result as the workspace shows it: at most SQL_ROWS_SHOWN rows, BLOBs described. */
export function toTable(result: StatementResult): SqlTable {
  const shown = (value: SqlValue) => (value instanceof Uint8Array ? `BLOB (${value.length} bytes)` : value);
  return {
    sql: result.sql,
    line: result.line,
    columns: result.columns,
    rows: result.values.slice(0, SQL_ROWS_SHOWN).map((row) => row.map(shown)),
    total: result.values.length,
    ...(result.capped ? { capped: true } : {}),
  };
}
