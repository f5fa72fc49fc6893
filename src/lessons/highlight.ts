import { cssLanguage } from '@codemirror/lang-css';
import { htmlLanguage } from '@codemirror/lang-html';
import { javascriptLanguage } from '@codemirror/lang-javascript';
import { SQLite } from '@codemirror/lang-sql';
import type { Parser } from '@lezer/common';
import { classHighlighter, highlightCode } from '@lezer/highlight';

// The editor's own grammars, so a code block in prose and the same code in the editor look alike
// (HTML with the CSS and JavaScript inside it, as the editor parses it).
const PARSERS: Record<string, Parser> = {
  html: htmlLanguage.parser,
  css: cssLanguage.parser,
  js: javascriptLanguage.parser,
  javascript: javascriptLanguage.parser,
  sql: SQLite.language.parser,
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Highlights code at build time into `tok-*` classed spans; unknown languages come back escaped. */
export function highlight(code: string, language: string): string {
  const parser = PARSERS[language.toLowerCase()];
  if (!parser) return escapeHtml(code);
  let html = '';
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, classes) => {
      html += classes ? `<span class="${classes}">${escapeHtml(text)}</span>` : escapeHtml(text);
    },
    () => {
      html += '\n';
    },
  );
  return html;
}
