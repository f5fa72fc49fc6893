import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { isVoid } from './schema.ts';
import { enclosingElement, isClosed, tagName, unclosedNames } from './syntax.ts';

/** What to do after a typed character: add text after the cursor, or remove a closing tag made redundant. */
export type TagFix = { insert: string } | { remove: { from: number; to: number } };

/** The stray closing tag (`</p>` closing nothing) starting exactly at `pos`, if any. */
function strayCloseAt(node: SyntaxNode | null, pos: number): SyntaxNode | null {
  for (let at = node; at && at.from === pos; at = at.parent) if (at.name === 'MismatchedCloseTag') return at;
  return null;
}

/**
 * The fix for `typed`, just typed and ending at `pos` in `state`:
 * - `>` ending an opening tag adds its closing tag (`<p>` → `<p></p>`), except for void elements and elements
 *   already closed;
 * - `>` ending a closing tag the learner typed by hand, right before the one added for them, removes that one
 *   (`<p>Bonjour</p></p>` would otherwise close a parent too early);
 * - `/` after `<` adds the open element's name (`</` → `</p>`), unless a closing tag follows already.
 * Null when nothing should change, like a `>` inside an attribute value or a script.
 */
export function tagFix(state: EditorState, pos: number, typed: string): TagFix | null {
  const tree = ensureSyntaxTree(state, pos + 64, 50) ?? syntaxTree(state);
  const node = tree.resolveInner(pos, -1);
  const doc = state.doc;
  if (typed === '>' && node.name === 'EndTag' && node.parent?.name === 'OpenTag') {
    const element = enclosingElement(node.parent);
    const name = tagName(doc, node.parent);
    if (!element || !name || isVoid(name)) return null;
    // A closing tag further on may be the parent's (`<div><div>|</div>`): when an open ancestor has the
    // same name, that one is still waiting for it.
    if (isClosed(element) && !unclosedNames(doc, element.parent).includes(name)) return null;
    return { insert: `</${name}>` };
  }
  if (typed === '>' && node.name === 'EndTag' && node.parent?.name === 'CloseTag') {
    const stray = strayCloseAt(tree.resolveInner(pos, 1), pos);
    return stray && tagName(doc, stray) === tagName(doc, node.parent) ? { remove: { from: stray.from, to: stray.to } } : null;
  }
  if (typed === '/' && (node.name === 'StartCloseTag' || node.name === 'IncompleteCloseTag') && state.sliceDoc(pos, pos + 2) !== '</') {
    const [name] = unclosedNames(doc, node.parent);
    return name ? { insert: `${name}>` } : null;
  }
  return null;
}

/** Closes tags as the learner types `>` or `</`, the cursor staying where they were typing. */
export const autoCloseTags = EditorView.inputHandler.of((view, from, to, text, insert) => {
  if ((text !== '>' && text !== '/') || view.composing || view.state.readOnly || view.state.selection.ranges.length > 1) return false;
  const pos = from + text.length;
  const fix = tagFix(insert().state, pos, text);
  if (!fix) return false;
  // Positions after the typed text, back in the document as it was before it.
  const shift = text.length - (to - from);
  const changes =
    'insert' in fix ? { from, to, insert: text + fix.insert } : [{ from, to, insert: text }, { from: fix.remove.from - shift, to: fix.remove.to - shift }];
  view.dispatch({ changes, selection: { anchor: pos }, userEvent: 'input.type', scrollIntoView: true });
  return true;
});
