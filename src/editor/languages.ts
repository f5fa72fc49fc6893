import { css } from '@codemirror/lang-css';
import { html } from '@codemirror/lang-html';
import { javascript, javascriptLanguage } from '@codemirror/lang-javascript';
import { SQLite, sql } from '@codemirror/lang-sql';
import { LanguageSupport } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import type { CodeLanguage } from '../lessons/types.ts';

// Every grammar ships in the editor chunk. html() needs CSS and JavaScript anyway; SQL alone as a chunk of
// its own saved 4.5 KB gzip of 196 and cost a second request, a bad trade on a slow link.
const SUPPORT: Record<CodeLanguage, () => Extension> = {
  // html() brings tag and attribute completion, auto-closing tags, and CSS / JS inside <style> / <script>.
  html: () => html(),
  // css() brings property and value completion.
  css: () => css(),
  js: () => javascript(),
  // The sql kind runs on sql.js, so complete SQLite's keywords, in capitals as lessons write them.
  sql: () => sql({ dialect: SQLite, upperCaseKeywords: true }),
  // A JSON document is one JavaScript expression: highlighting without shipping another grammar.
  json: () => new LanguageSupport(javascriptLanguage.configure({ top: 'SingleExpression' })),
  text: () => [],
};

const cache = new Map<CodeLanguage, Extension>();

/**
 * The CodeMirror language support for an exercise file's language. Built once per language and reused,
 * so reconfiguring an editor to the language it already has does not reparse the document.
 */
export function languageSupport(language: CodeLanguage): Extension {
  let support = cache.get(language);
  if (!support) {
    support = (SUPPORT[language] ?? SUPPORT.text)();
    cache.set(language, support);
  }
  return support;
}
