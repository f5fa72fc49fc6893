import { cssLanguage } from '@codemirror/lang-css';
import { javascriptLanguage } from '@codemirror/lang-javascript';
import { getIndentation } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { describe, expect, test } from 'vitest';
import { htmlLanguage, nestedHtml } from './language.ts';

/** The indentation CodeMirror gives a new line at `|`. */
function indentAt(source: string): number | null {
  const pos = source.indexOf('|');
  const state = EditorState.create({ doc: source.replace('|', ''), extensions: htmlLanguage });
  return getIndentation(state, pos);
}

/** Names of the syntax nodes around the first `word` of `source` parsed by `language`, innermost first. */
function nodesAt(language: typeof htmlLanguage, source: string, word: string): string[] {
  const names: string[] = [];
  for (let node: SyntaxNode | null = language.parser.parse(source).resolveInner(source.indexOf(word) + 1, 1); node; node = node.parent) names.push(node.name);
  return names;
}

describe('the HTML language', () => {
  test('indents children one step in, and a closing tag back under its element', () => {
    expect(indentAt('<ul>\n|')).toBe(2);
    expect(indentAt('<body>\n  <ul>\n|')).toBe(4);
    expect(indentAt('<body>\n  <ul>\n    <li>a</li>\n|</ul>')).toBe(2);
    expect(indentAt('<p>Un</p>\n|')).toBe(0);
  });

  test('plain, it leaves <style> and <script> as text; nested, it parses CSS and JavaScript', () => {
    const source = '<style>p { color: red; }</style><script>let a = 1;</script><p style="margin: 0" onclick="go()">x</p>';
    expect(nodesAt(htmlLanguage, source, 'color')[0]).toBe('StyleText');
    expect(nodesAt(htmlLanguage, source, 'margin')[0]).toBe('AttributeValue');
    const nested = nestedHtml({ css: cssLanguage, js: javascriptLanguage });
    expect(nodesAt(nested, source, 'color')).toContain('RuleSet');
    expect(nodesAt(nested, source, 'margin')).toContain('Declaration');
    expect(nodesAt(nested, source, 'let')).toContain('VariableDeclaration');
    expect(nodesAt(nested, source, 'go')).toContain('CallExpression');
  });

  test('a script of another type is not read as JavaScript', () => {
    const source = '<script type="text/template"><p>{{ a }}</p></script>';
    expect(nodesAt(nestedHtml({ js: javascriptLanguage }), source, 'a }}')[0]).toBe('ScriptText');
  });
});
