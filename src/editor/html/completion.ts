import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorView } from '@codemirror/view';
import { attributesOf, childrenOf } from './schema.ts';
import { enclosingElement, tagName, unclosedNames } from './syntax.ts';

const NAME = /^[\w-]*$/;
const VALUE = /^[^"'\s]*$/;

/** `name=""` with the cursor between the quotes: the value is what the learner types next. */
function applyAttribute(name: string) {
  return (view: EditorView, _completion: Completion, from: number, to: number) => {
    const hasValue = view.state.sliceDoc(to, to + 1) === '=';
    const insert = hasValue ? name : `${name}=""`;
    view.dispatch({
      changes: { from, to, insert },
      selection: { anchor: from + (hasValue ? name.length : name.length + 2) },
      userEvent: 'input.complete',
    });
  };
}

function elements(from: number, parent: string | undefined): CompletionResult {
  return { from, options: childrenOf(parent).map((label) => ({ label, type: 'type' })), validFor: NAME };
}

function closings(context: CompletionContext, from: number, names: string[]): CompletionResult | null {
  const after = context.state.sliceDoc(context.pos, context.pos + 1);
  // `</` just got its name from auto-closing (`</|p>`): nothing left to complete.
  if (names.length === 0 || /[\w-]/.test(after)) return null;
  const close = after === '>' ? '' : '>';
  // The nearest open element first: it is the one a closing tag normally closes.
  return { from, options: names.map((name, index) => ({ label: name, apply: name + close, type: 'type', boost: 99 - index })), validFor: NAME };
}

function attributes(from: number, element: string | undefined): CompletionResult {
  const options = Object.entries(attributesOf(element)).map(([label, values]) => ({
    label,
    type: 'property',
    apply: values === 'boolean' ? label : applyAttribute(label),
  }));
  return { from, options, validFor: NAME };
}

function values(from: number, element: string | undefined, attribute: string, quote: string): CompletionResult | null {
  const known = attributesOf(element)[attribute];
  if (!Array.isArray(known)) return null;
  return { from, options: known.map((label) => ({ label, apply: quote + label + quote, type: 'constant' })), validFor: VALUE };
}

/**
 * HTML completion from the syntax tree: element names after `<` (only those allowed in the parent, `<li>`
 * in a list), the open elements after `</`, the element's attributes inside a tag, and the fixed values of
 * an attribute (`type`, `target`, `lang`…).
 */
export function htmlCompletion(context: CompletionContext): CompletionResult | null {
  const { state, pos } = context;
  const doc = state.doc;
  const node = syntaxTree(state).resolveInner(pos, -1);
  switch (node.name) {
    case 'StartTag':
    case 'IncompleteTag':
      return elements(pos, tagName(doc, enclosingElement(node.parent)));
    case 'StartCloseTag':
    case 'IncompleteCloseTag':
      return closings(context, pos, unclosedNames(doc, node.parent));
    case 'TagName': {
      const tag = node.parent;
      const element = enclosingElement(tag);
      if (tag?.name === 'CloseTag') return closings(context, node.from, unclosedNames(doc, element?.parent ?? null));
      return elements(node.from, tagName(doc, enclosingElement(element?.parent ?? null)));
    }
    case 'OpenTag':
    case 'SelfClosingTag':
      // After a space inside a tag, where the next attribute goes.
      if (!/\s/.test(state.sliceDoc(pos - 1, pos))) return null;
      return attributes(pos, tagName(doc, node));
    case 'AttributeName':
      return attributes(node.from, tagName(doc, node.parent?.parent ?? null));
    case 'Is':
    case 'AttributeValue':
    case 'UnquotedAttributeValue': {
      const attribute = node.parent;
      const name = attribute?.getChild('AttributeName');
      if (!attribute || !name) return null;
      const element = tagName(doc, attribute.parent);
      const attributeName = doc.sliceString(name.from, name.to).toLowerCase();
      if (node.name === 'Is') return values(pos, element, attributeName, '"');
      const quoted = /^["']/.test(doc.sliceString(node.from, node.from + 1));
      return values(quoted ? node.from + 1 : node.from, element, attributeName, '');
    }
    default:
      return null;
  }
}
