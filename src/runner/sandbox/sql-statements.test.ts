import { describe, expect, test } from 'vitest';
import { splitStatements } from './sql-statements.ts';

const parts = (source: string) => splitStatements(source).map(({ sql, line }) => [line, sql]);

describe('splitStatements', () => {
  test('one statement per semicolon, with the line it starts on', () => {
    expect(parts('SELECT 1;\n\nSELECT name\nFROM users;\n  INSERT INTO t VALUES (1)')).toEqual([
      [1, 'SELECT 1'], [3, 'SELECT name\nFROM users'], [5, 'INSERT INTO t VALUES (1)'],
    ]);
  });

  test('semicolons in strings, quoted names and comments do not split', () => {
    expect(parts("SELECT 'a;b', \"c;d\", [e;f], `g;h` -- x; y\n; SELECT /* ; */ 2;")).toEqual([
      [1, "SELECT 'a;b', \"c;d\", [e;f], `g;h` -- x; y"], [2, 'SELECT /* ; */ 2'],
    ]);
    expect(parts("SELECT 'it''s; fine';")).toEqual([[1, "SELECT 'it''s; fine'"]]);
  });

  test('comments and empty statements before a statement are skipped, its line is its first word', () => {
    expect(parts('-- les clients\n;;\n/* tous */\nSELECT *\nFROM clients;\n-- fin')).toEqual([[4, 'SELECT *\nFROM clients']]);
    expect(parts('  \n-- rien\n')).toEqual([]);
  });

  test('a trigger body keeps its semicolons until END', () => {
    const trigger = 'CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  DELETE FROM c;\nEND';
    expect(parts(`${trigger};\nSELECT 1;`)).toEqual([[1, trigger], [5, 'SELECT 1']]);
  });

  test('an unterminated string runs to the end (SQLite then reports it)', () => {
    expect(parts("SELECT 'oops;\nSELECT 2;")).toEqual([[1, "SELECT 'oops;\nSELECT 2;"]]);
  });

  test('start is the offset of the first word', () => {
    expect(splitStatements('\n  SELECT 1;')[0]?.start).toBe(3);
  });
});
