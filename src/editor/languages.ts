import type { Extension } from '@codemirror/state';
import type { CodeLanguage } from '../lessons/types.ts';
import type { SqlTables } from './sql-tables.ts';

// Each grammar is its own chunk, fetched when a file in that language opens: a web exercise never
// downloads the SQL grammar, a JavaScript one never the HTML one.
const SUPPORT: Record<CodeLanguage, () => Promise<Extension>> = {
  // Tag and attribute completion, auto-closing tags, and CSS / JS inside <style> / <script> when present.
  html: async () => (await import('./html/support.ts')).html(),
  // css() brings property and value completion.
  css: async () => (await import('@codemirror/lang-css')).css(),
  js: async () => (await import('@codemirror/lang-javascript')).javascript(),
  // The sql kind runs on sql.js, so complete SQLite's keywords, in capitals as lessons write them.
  sql: async () => {
    const { SQLite, sql } = await import('@codemirror/lang-sql');
    return sql({ dialect: SQLite, upperCaseKeywords: true });
  },
  // A JSON document is one JavaScript expression: highlighting without shipping another grammar.
  json: async () => {
    const [{ javascriptLanguage }, { LanguageSupport }] = await Promise.all([import('@codemirror/lang-javascript'), import('@codemirror/language')]);
    return new LanguageSupport(javascriptLanguage.configure({ top: 'SingleExpression' }));
  },
  text: async () => [],
};

const cache = new Map<CodeLanguage, Promise<Extension>>();

/**
 * The CodeMirror language support for an exercise file's language, loaded once per language and reused,
 * so reconfiguring an editor to the language it already has does not reparse the document.
 */
export function loadLanguage(language: CodeLanguage): Promise<Extension> {
  let support = cache.get(language);
  if (!support) {
    support = (SUPPORT[language] ?? SUPPORT.text)();
    // A failed download (weak wifi) is retried next time instead of being remembered.
    support.catch(() => cache.delete(language));
    cache.set(language, support);
  }
  return support;
}

/**
 * Completion of an exercise's tables and their columns in SQL (SQLite), beside the keyword completion of `sql`:
 * `books.` lists the columns of books; a column name alone (`SELECT ti…`) is offered too, as beginners write it.
 */
export async function loadSqlTables(tables: SqlTables): Promise<Extension> {
  const [{ SQLite, schemaCompletionSource }, { completeFromList }] = await Promise.all([import('@codemirror/lang-sql'), import('@codemirror/autocomplete')]);
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
