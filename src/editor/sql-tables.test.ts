import { describe, expect, test } from 'vitest';
import { sqlTables } from './sql-tables.ts';

describe('tables and columns of an exercise schema', () => {
  test('reads each CREATE TABLE with its columns in order', () => {
    const schema = `
      CREATE TABLE books (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        year INTEGER CHECK (year > 0 AND year < 3000)
      );
      -- CREATE TABLE ignored (a comment)
      create table if not exists "loans" (
        id INTEGER PRIMARY KEY,
        book_id INTEGER NOT NULL REFERENCES books(id),
        note TEXT DEFAULT 'a, b (c)',
        FOREIGN KEY (book_id) REFERENCES books (id),
        UNIQUE (book_id, note)
      );`;
    expect(sqlTables(schema)).toEqual({ books: ['id', 'title', 'year'], loans: ['id', 'book_id', 'note'] });
  });

  test('no schema, or a broken one, gives what it can without failing', () => {
    expect(sqlTables('')).toEqual({});
    expect(sqlTables('CREATE TABLE half (a INTEGER, b')).toEqual({ half: ['a', 'b'] });
  });
});
