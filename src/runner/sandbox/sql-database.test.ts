import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { bindParams, databaseHelpers, openDatabase, runStatements, toTable, warmUp } from './sql-database.ts';

const schema = 'CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);\nCREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), total REAL);';
const seed = "INSERT INTO users (name, city) VALUES ('Ana', 'Lyon'), ('Bo', NULL);\nINSERT INTO orders (user_id, total) VALUES (1, 12.5);";

let SQL: Awaited<ReturnType<typeof initSqlJs>>;
beforeAll(async () => {
  SQL = await initSqlJs();
});

describe('the exercise database', () => {
  test('starts from schema and seed, with foreign keys enforced', () => {
    const db = databaseHelpers(openDatabase(SQL, { schema, seed }));
    expect(db.query('SELECT name, city FROM users ORDER BY id')).toEqual([{ name: 'Ana', city: 'Lyon' }, { name: 'Bo', city: null }]);
    expect(() => db.run('INSERT INTO orders (user_id, total) VALUES (99, 1)')).toThrow(/FOREIGN KEY constraint failed/);
  });

  test('a broken schema is reported as the error it is', () => {
    expect(() => openDatabase(SQL, { schema: 'CREATE TABLE (', seed: '' })).toThrow(/syntax error/);
  });

  test('query, get and run bind parameters by position or by name (prefix optional)', () => {
    const db = databaseHelpers(openDatabase(SQL, { schema, seed }));
    expect(db.get('SELECT name FROM users WHERE id = ?', [2])).toEqual({ name: 'Bo' });
    expect(db.get('SELECT name FROM users WHERE id = :id', { id: 1 })).toEqual({ name: 'Ana' });
    expect(db.get('SELECT name FROM users WHERE id = $id', { $id: 1 })).toEqual({ name: 'Ana' });
    expect(db.get('SELECT name FROM users WHERE id = ?', 42)).toBeUndefined();
    expect(db.run('INSERT INTO users (name) VALUES (?)', ['Cy'])).toEqual({ changes: 1, lastInsertRowid: 3 });
    expect(db.run('UPDATE users SET city = :city', { city: 'Paris' })).toEqual({ changes: 3, lastInsertRowid: 3 });
  });

  test('each helper runs one statement: params cannot silently bind to the first of several', () => {
    const db = databaseHelpers(openDatabase(SQL, { schema, seed }));
    expect(() => db.run('DELETE FROM orders; DELETE FROM users WHERE id = ?', [1])).toThrow(/exactly one SQL statement, but got 2/);
  });

  test('bindParams turns booleans and undefined into SQLite values', () => {
    expect(bindParams([true, undefined])).toEqual([1, null]);
    expect(bindParams({ ':a': false })).toEqual({ ':a': 0 });
  });
});

test('the warm-up script runs cleanly (an error in it would leave paths cold)', () => {
  expect(() => warmUp(SQL)).not.toThrow();
});

describe('runStatements', () => {
  test('runs every statement in order with its line and result, announcing each', () => {
    const db = openDatabase(SQL, { schema, seed });
    const announced: number[] = [];
    const { results, error } = runStatements(db, "INSERT INTO users (name) VALUES ('Cy');\n\nSELECT name FROM users\nWHERE city IS NULL\nORDER BY name;", { before: (statement) => announced.push(statement.line) });
    expect(error).toBeUndefined();
    expect(announced).toEqual([1, 3]);
    expect(results).toEqual([
      { sql: "INSERT INTO users (name) VALUES ('Cy')", line: 1, columns: [], values: [] },
      { sql: 'SELECT name FROM users\nWHERE city IS NULL\nORDER BY name', line: 3, columns: ['name'], values: [['Bo'], ['Cy']] },
    ]);
  });

  test('stops at the first error with SQLite\'s message and the statement\'s line', () => {
    const db = openDatabase(SQL, { schema, seed });
    const { results, error } = runStatements(db, 'SELECT 1;\n-- then\nSELEC name FROM users;\nSELECT 2;');
    expect(results).toHaveLength(1);
    expect(error).toEqual({ message: 'near "SELEC": syntax error', line: 3 });
  });

  test('toTable caps rows for the screen and keeps the real count', () => {
    const db = openDatabase(SQL, { schema, seed });
    const { results } = runStatements(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 600) SELECT x, x'00ff' AS b FROM c;");
    const table = toTable(results[0]!);
    expect(table.total).toBe(600);
    expect(table.rows).toHaveLength(500);
    expect(table.rows[0]).toEqual([1, 'BLOB (2 bytes)']);
    expect(table.capped).toBeUndefined();
  });

  test('stepping stops after 10 000 rows: a huge result (even an endless one) is cut, and says so', () => {
    const db = openDatabase(SQL, { schema, seed });
    const { results, error } = runStatements(db, 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c;\nSELECT 2;');
    expect(error).toBeUndefined();
    expect(results[0]?.values).toHaveLength(10_000);
    expect(toTable(results[0]!)).toMatchObject({ total: 10_000, capped: true });
    expect(results[1]?.values).toEqual([[2]]);
  });
});
