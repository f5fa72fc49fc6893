import type { Extension } from '@codemirror/state';
import type { CodeLanguage } from '../lessons/types.ts';

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
