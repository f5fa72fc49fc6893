import { bracketMatchingHandle, indentNodeProp, LRLanguage } from '@codemirror/language';
import { configureNesting, parser } from '@lezer/html';
import { EVENT_ATTRIBUTES } from './schema.ts';
import { unclosedElement } from './syntax.ts';

/**
 * The HTML language, for the editor and for code blocks highlighted at build time. CodeMirror's own HTML
 * package always carries the JavaScript grammar (with TypeScript and JSX, the biggest part of the editor)
 * and the CSS one, for the `<script>` and `<style>` a file might hold. Here they are nested only when
 * given (see `nestedHtml`): the editor fetches them when a document has inline CSS or JavaScript.
 */
export const htmlLanguage = LRLanguage.define({
  name: 'html',
  parser: parser.configure({
    props: [
      indentNodeProp.add({
        // Children one step in from their element's line; the closing tag back on it.
        Element: (context) => context.lineIndent(context.node.from) + (/^\s*<\//.test(context.textAfter) ? 0 : context.unit),
        // Attributes continued on the next lines: one step in from the `<`.
        'OpenTag SelfClosingTag': (context) => context.column(context.node.from) + context.unit,
        // At the end of the file the elements still open end with it, so the line belongs to none of them:
        // one step in from the innermost one before the cursor.
        Document: (context) => {
          const open = unclosedElement(context.node.resolveInner(context.pos, -1));
          return open ? context.lineIndent(open.from) + context.unit : 0;
        },
      }),
      // The tag names are what bracket matching pairs: <p> lights up its </p>.
      bracketMatchingHandle.add({ 'OpenTag CloseTag': (node) => node.getChild('TagName') }),
    ],
  }),
  languageData: {
    commentTokens: { block: { open: '<!--', close: '-->' } },
    // Starting or finishing a closing tag puts it back under its opening tag.
    indentOnInput: /^\s*<\/([\w-]+>)?$/,
    wordChars: '-_',
  },
});

/** Languages to parse inside HTML: CSS in `<style>` and `style=""`, JavaScript in `<script>` and `on…=""`. */
export interface NestedLanguages {
  css?: LRLanguage;
  js?: LRLanguage;
}

const isJavaScript = (attributes: Record<string, string>) =>
  !attributes.type || /^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(attributes.type);

/** The HTML language with `css` and `js` parsed where they appear. */
export function nestedHtml({ css, js }: NestedLanguages): LRLanguage {
  if (!css && !js) return htmlLanguage;
  const tags: NonNullable<Parameters<typeof configureNesting>[0]>[number][] = [];
  const attributes: NonNullable<Parameters<typeof configureNesting>[1]>[number][] = [];
  if (css) {
    tags.push({ tag: 'style', parser: css.parser });
    attributes.push({ name: 'style', parser: css.parser.configure({ top: 'Styles' }) });
  }
  if (js) {
    tags.push({ tag: 'script', attrs: isJavaScript, parser: js.parser });
    attributes.push(...EVENT_ATTRIBUTES.map((name) => ({ name, parser: js.parser })));
  }
  return htmlLanguage.configure({ wrap: configureNesting(tags, attributes) });
}
