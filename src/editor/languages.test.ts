import { CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete';
import { ensureSyntaxTree, foldable, getIndentation } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadFirstSupport, loadLanguage } from './languages.ts';

let html: Extension;
beforeAll(async () => {
  html = await loadLanguage('html');
});

/** `source` without its `|`, as an HTML editor state, and the position of the `|`. */
function stateAt(source: string): [EditorState, number] {
  const created = EditorState.create({ doc: source.replace('|', ''), extensions: html });
  // Parsing at creation stops after a few milliseconds (a loaded machine may need more): finish it, and take
  // a state that carries the whole tree, as the editor has a moment later.
  ensureSyntaxTree(created, created.doc.length, 5000);
  return [created.update({}).state, source.indexOf('|')];
}

/** Names of the syntax nodes around the first `word` of `source`, innermost first. */
function nodesAt(source: string, word: string): string[] {
  const [state] = stateAt(source);
  const names: string[] = [];
  for (let node = ensureSyntaxTree(state, state.doc.length, 5000)?.resolveInner(source.indexOf(word) + 1, 1) ?? null; node; node = node.parent) names.push(node.name);
  return names;
}

/** The labels the language's completion sources offer at the `|` (they answer at once, without a promise). */
function complete(source: string): string[] {
  const [state, pos] = stateAt(source);
  const context = new CompletionContext(state, pos, true);
  return state
    .languageDataAt<CompletionSource>('autocomplete', pos)
    .map((source) => source(context) as CompletionResult | null)
    .flatMap((result) => result?.options.map((option) => option.label) ?? []);
}

describe('HTML in the editor (CodeMirror’s HTML package)', () => {
  test('indents children one step in, and a closing tag back under its element', () => {
    const indent = (source: string) => getIndentation(...stateAt(source));
    expect(indent('<ul>\n|')).toBe(2);
    expect(indent('<body>\n  <ul>\n|')).toBe(4);
    expect(indent('<body>\n  <ul>\n    <li>a</li>\n|</ul>')).toBe(2);
  });

  test('parses CSS in <style> and style="", JavaScript in <script> and onclick=""', () => {
    const source = '<style>p { color: red; }</style><script>let a = 1;</script><p style="margin: 0" onclick="go()">x</p>';
    expect(nodesAt(source, 'color')).toContain('RuleSet');
    expect(nodesAt(source, 'margin')).toContain('Declaration');
    expect(nodesAt(source, 'let')).toContain('VariableDeclaration');
    expect(nodesAt(source, 'go')).toContain('CallExpression');
  });

  test('a script of another type is not read as JavaScript', () => {
    expect(nodesAt('<script type="text/template"><p>{{ a }}</p></script>', 'a }}')).not.toContain('Script');
  });

  test('folds an element', () => {
    const [state] = stateAt('<ul>\n  <li>a</li>\n</ul>');
    expect(foldable(state, 0, 4)).toEqual({ from: 4, to: '<ul>\n  <li>a</li>\n'.length });
  });

  test('completes the elements a list takes, the open element after </, an element’s attributes and values', () => {
    expect(complete('<ul>\n  <|')).toEqual(expect.arrayContaining(['li']));
    expect(complete('<ul>\n  <|')).not.toContain('p');
    expect(complete('<div>\n  <p>Bonjour\n  </|')).toEqual(['p', 'div']);
    expect(complete('<a |')).toEqual(expect.arrayContaining(['href', 'target']));
    expect(complete('<input type="|')).toEqual(expect.arrayContaining(['text', 'checkbox']));
  });

  test('completes CSS values inside <style>', () => {
    expect(complete('<style>p { display: fl| }</style>')).toEqual(expect.arrayContaining(['flex', 'inline-flex']));
  });
});

describe('what the first keystroke needs, before the rest', () => {
  const tagNames = (support: Extension) => {
    const state = EditorState.create({ doc: '<ul>\n  <li>a</li>', extensions: support });
    const names: string[] = [];
    ensureSyntaxTree(state, state.doc.length, 5000)?.iterate({ enter: (node) => void (node.name === 'TagName' && names.push(state.sliceDoc(node.from, node.to))) });
    return names;
  };

  test('HTML: its tags parsed by the same grammar at once, a new line keeping its indentation; the complete package after', async () => {
    // In a fresh module: this file's other tests have already loaded the complete package.
    vi.resetModules();
    const fresh = await import('./languages.ts');
    const first = await fresh.loadFirstSupport('html');
    expect(first.rest).toBeDefined();
    expect(tagNames(first.support)).toEqual(['ul', 'li', 'li']);
    const state = EditorState.create({ doc: '  <ul>\n', extensions: first.support });
    expect(getIndentation(state, state.doc.length)).toBeNull();
    const complete = await first.rest!();
    expect(tagNames(complete)).toEqual(['ul', 'li', 'li']);
    // Once the complete support is here, a later editor takes it at once.
    const later = await fresh.loadFirstSupport('html');
    expect(later.rest).toBeUndefined();
    expect(later.support).toBe(complete);
  });

  test('a small support comes complete at once', async () => {
    const { support, rest } = await loadFirstSupport('css');
    expect(rest).toBeUndefined();
    expect(support).toBe(await loadLanguage('css'));
  });
});
