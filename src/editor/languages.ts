import type { Extension } from '@codemirror/state';
import type { CodeLanguage } from '../lessons/types.ts';
import type { SqlTables } from './sql-tables.ts';

// Each grammar is its own chunk, fetched when a file in that language opens: a web exercise never
// downloads the SQL grammar, a JavaScript one never the HTML one. The imports name what they take
// (`then(({ name }) => …)`), so the bundle keeps only that of each package.
const SUPPORT: Record<CodeLanguage, () => Promise<Extension>> = {
  // CodeMirror's HTML package: indentation, folding, tag and attribute completion, auto-closed tags, and
  // CSS / JavaScript parsed and completed inside <style>, <script>, style="" and on…="".
  html: () => import('@codemirror/lang-html').then(({ html }) => html()),
  // css() brings property and value completion.
  css: () => import('@codemirror/lang-css').then(({ css }) => css()),
  js: () => import('@codemirror/lang-javascript').then(({ javascript }) => javascript()),
  sql: () => import('./sql.ts').then(({ sqlSupport }) => sqlSupport()),
  // A JSON document is one JavaScript expression: highlighting without shipping another grammar.
  json: () => import('./json.ts').then(({ json }) => json()),
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
export function loadSqlTables(tables: SqlTables): Promise<Extension> {
  return import('./sql.ts').then(({ sqlTableCompletion }) => sqlTableCompletion(tables));
}
