import { completeFromList } from '@codemirror/autocomplete';
import { SQLite, schemaCompletionSource } from '@codemirror/lang-sql';
import type { Extension } from '@codemirror/state';
import type { SqlTables } from './sql-tables.ts';

/**
 * Completion of an exercise's tables and columns in SQLite (loaded by languages.ts, with static imports so
 * that the editor's core keeps only the parts of @codemirror/autocomplete it uses).
 */
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
