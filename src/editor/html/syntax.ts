import type { Text } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';

/** Reading the HTML syntax tree (from @lezer/html) the way completion and auto-closing need it. */

/** The tag name of an `Element`, `OpenTag`, `SelfClosingTag` or `CloseTag` node, lower-cased; undefined if none yet. */
export function tagName(doc: Text, node: SyntaxNode | null): string | undefined {
  const tag = node?.name === 'Element' ? (node.firstChild ?? null) : node;
  const name = tag?.getChild('TagName');
  return name ? doc.sliceString(name.from, name.to).toLowerCase() : undefined;
}

/** The nearest `Element` at or above `node`. */
export function enclosingElement(node: SyntaxNode | null): SyntaxNode | null {
  let at = node;
  while (at && at.name !== 'Element') at = at.parent;
  return at;
}

/** Whether an element ends with its own closing tag. */
export function isClosed(element: SyntaxNode): boolean {
  return element.lastChild?.name === 'CloseTag';
}

/** The nearest element at or above `node` still waiting for its closing tag. */
export function unclosedElement(node: SyntaxNode | null): SyntaxNode | null {
  let at = enclosingElement(node);
  while (at && isClosed(at)) at = enclosingElement(at.parent);
  return at;
}

/** Names of the elements at or above `element` still waiting for a closing tag, nearest first. */
export function unclosedNames(doc: Text, element: SyntaxNode | null): string[] {
  const names: string[] = [];
  for (let at = unclosedElement(element); at; at = unclosedElement(at.parent)) {
    const name = tagName(doc, at);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
