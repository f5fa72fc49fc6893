import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { isVoid } from './schema.ts';
import { enclosingElement, isClosed, tagName, unclosedNames } from './syntax.ts';

/**
 * The text to add after `typed`, just typed and ending at `pos` in `state`: the closing tag when `>` ends an
 * opening tag (`<p>` → `<p></p>`), the open element's name when `/` follows `<` (`</` → `</p>`). Null when
 * nothing should be added: a void element, an element already closed, a `>` inside an attribute value.
 */
export function closingText(state: EditorState, pos: number, typed: string): string | null {
  const node = (ensureSyntaxTree(state, pos, 50) ?? syntaxTree(state)).resolveInner(pos, -1);
  const doc = state.doc;
  if (typed === '>' && node.name === 'EndTag' && node.parent?.name === 'OpenTag') {
    const element = enclosingElement(node.parent);
    const name = tagName(doc, node.parent);
    if (!element || !name || isVoid(name)) return null;
    // A closing tag further on may be the parent's (`<div><div>|</div>`): when an open ancestor has the
    // same name, that one is still waiting for it.
    if (isClosed(element) && !unclosedNames(doc, element.parent).includes(name)) return null;
    return `</${name}>`;
  }
  if (typed === '/' && (node.name === 'StartCloseTag' || node.name === 'IncompleteCloseTag')) {
    const [name] = unclosedNames(doc, node.parent);
    return name ? `${name}>` : null;
  }
  return null;
}

/** Adds closing tags as the learner types `>` or `</`, the cursor staying where they were typing. */
export const autoCloseTags = EditorView.inputHandler.of((view, from, to, text, insert) => {
  if ((text !== '>' && text !== '/') || view.composing || view.state.readOnly || view.state.selection.ranges.length > 1) return false;
  const pos = from + text.length;
  const close = closingText(insert().state, pos, text);
  if (!close) return false;
  view.dispatch({ changes: { from, to, insert: text + close }, selection: { anchor: pos }, userEvent: 'input.type', scrollIntoView: true });
  return true;
});
