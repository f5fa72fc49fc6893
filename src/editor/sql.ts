import { completeFromList } from '@codemirror/autocomplete';
import { SQLite, schemaCompletionSource, sql } from '@codemirror/lang-sql';
import type { LanguageSupport } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import type { SqlTables } from './sql-tables.ts';

/**
 * SQL in the editor, one chunk loaded by languages.ts: the grammar and the completion of an exercise's
 * tables arrive together. Static imports, so that the editor's core keeps only what it uses.
 */

/** The sql kind runs on sql.js: SQLite's keywords, completed in capitals as lessons write them. */
export function sqlSupport(): LanguageSupport {
  return sql({ dialect: SQLite, upperCaseKeywords: true });
}

/** Completion of an exercise's tables and columns. */
export function sqlTableCompletion(tables: SqlTables): Extension {
  const names = Object.keys(tables);
  const columns = [...new Set(Object.values(tables).flat())].map((label) => ({ label, type: 'property' }));
  return [
    SQLite.language.data.of({
      autocomplete: schemaCompletionSource({ dialect: SQLite, schema: tables, upperCaseKeywords: true, ...(names.length === 1 ? { defaultTable: names[0] } : {}) }),
    }),
    // One table: its columns come with the schema completion above (it is the default table).
    names.length > 1 ? SQLite.language.data.of({ autocomplete: completeFromList(columns) }) : [],
  ];
}
