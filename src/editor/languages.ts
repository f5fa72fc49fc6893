import type { Extension } from '@codemirror/state';
import type { CodeLanguage } from '../lessons/types.ts';
import type { SqlTables } from './sql-tables.ts';

/**
 * How a language's support downloads. Each grammar is its own chunk, fetched when a file in that language opens:
 * a web exercise never downloads the SQL grammar, a JavaScript one never the HTML one. The imports name what
 * they take (`then(({ name }) => …)`), so the bundle keeps only that of each package.
 */
interface Grammar {
  /** The complete support. */
  complete: () => Promise<Extension>;
  /**
   * A much smaller support that already colours and edits the code, applied first when the complete one is
   * large: the editor answers the first keystroke sooner on a slow connection, the rest follows when idle.
   */
  first?: () => Promise<Extension>;
}

const GRAMMARS: Record<CodeLanguage, Grammar> = {
  // CodeMirror's HTML package: indentation, folding, tag and attribute completion, auto-closed tags, and
  // CSS / JavaScript parsed and completed inside <style>, <script>, style="" and on…="". It embeds both
  // grammars (about 45 KB gzip with its own): the tags are coloured first by its parser alone.
  html: {
    complete: () => import('@codemirror/lang-html').then(({ html }) => html()),
    first: () => import('./html-first.ts').then(({ htmlFirst }) => htmlFirst),
  },
  // css() brings property and value completion.
  css: { complete: () => import('@codemirror/lang-css').then(({ css }) => css()) },
  js: { complete: () => import('@codemirror/lang-javascript').then(({ javascript }) => javascript()) },
  sql: { complete: () => import('./sql.ts').then(({ sqlSupport }) => sqlSupport()) },
  // A JSON document is one JavaScript expression: highlighting without shipping another grammar.
  json: { complete: () => import('./json.ts').then(({ json }) => json()) },
  text: { complete: async () => [] },
};

const cache = new Map<string, Promise<Extension>>();
/** Supports whose download has ended, so that an editor opened later takes the complete one at once. */
const arrived = new Set<string>();

function once(key: string, load: () => Promise<Extension>): Promise<Extension> {
  let support = cache.get(key);
  if (!support) {
    support = load();
    support.then(
      () => arrived.add(key),
      // A failed download (weak wifi) is retried next time instead of being remembered.
      () => cache.delete(key),
    );
    cache.set(key, support);
  }
  return support;
}

/**
 * The complete CodeMirror language support for an exercise file's language, loaded once per language and
 * reused, so reconfiguring an editor to the language it already has does not reparse the document.
 */
export function loadLanguage(language: CodeLanguage): Promise<Extension> {
  return once(language, (GRAMMARS[language] ?? GRAMMARS.text).complete);
}

/** The support to apply as soon as the editor shows, and when it is not the complete one, how to get the rest. */
export interface FirstSupport {
  support: Extension;
  /** Loads the complete support; call it once the editor is on screen and the page idle. */
  rest?: () => Promise<Extension>;
}

/** What the first keystroke needs in `language`: the complete support when it is small or already here. */
export function loadFirstSupport(language: CodeLanguage): Promise<FirstSupport> {
  const grammar = GRAMMARS[language] ?? GRAMMARS.text;
  if (!grammar.first || arrived.has(language)) return loadLanguage(language).then((support) => ({ support }));
  return once(`${language}:first`, grammar.first).then((support) => ({ support, rest: () => loadLanguage(language) }));
}

/**
 * Completion of an exercise's tables and their columns in SQL (SQLite), beside the keyword completion of `sql`:
 * `books.` lists the columns of books; a column name alone (`SELECT ti…`) is offered too, as beginners write it.
 */
export function loadSqlTables(tables: SqlTables): Promise<Extension> {
  return import('./sql.ts').then(({ sqlTableCompletion }) => sqlTableCompletion(tables));
}
