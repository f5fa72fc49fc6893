import { Compartment, type Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView } from '@codemirror/view';
import { autoCloseTags } from './auto-close.ts';
import { htmlCompletion } from './completion.ts';
import { htmlLanguage, nestedHtml } from './language.ts';

/** What the document needs besides HTML, each test cheap enough to rerun on every change. */
const NEEDS = {
  css: /<style[\s>]|\sstyle\s*=/i,
  // Inline script only: `<script src="…"></script>` has no code in it. Or an `onclick="…"` handler.
  js: /<script\b[^>]*>(?!\s*<\/script)|\son[a-z]+\s*=/i,
};
type Nested = keyof typeof NEEDS;

const GRAMMARS = {
  css: async () => {
    const { css, cssLanguage } = await import('@codemirror/lang-css');
    return { language: cssLanguage, support: css().support };
  },
  js: async () => {
    const { javascript, javascriptLanguage } = await import('@codemirror/lang-javascript');
    return { language: javascriptLanguage, support: javascript().support };
  },
} satisfies Record<Nested, unknown>;
type Grammar = Awaited<ReturnType<(typeof GRAMMARS)[Nested]>>;

const nesting = new Compartment();

/** The HTML language with the grammars that have arrived nested in it, and their completion. */
function withGrammars(loaded: Partial<Record<Nested, Grammar>>): Extension {
  return [nestedHtml({ css: loaded.css?.language, js: loaded.js?.language }), loaded.css?.support ?? [], loaded.js?.support ?? []];
}

/** Watches the document and brings in the CSS or JavaScript grammar the first time it needs one. */
const grammarLoader = ViewPlugin.define((view: EditorView) => {
  const loaded: Partial<Record<Nested, Grammar>> = {};
  const requested = new Set<Nested>();
  let live = true;
  const check = (text: string) => {
    for (const kind of Object.keys(NEEDS) as Nested[]) {
      if (requested.has(kind) || !NEEDS[kind].test(text)) continue;
      requested.add(kind);
      GRAMMARS[kind]().then(
        (grammar) => {
          loaded[kind] = grammar;
          if (live) view.dispatch({ effects: nesting.reconfigure(withGrammars(loaded)) });
        },
        // Weak wifi: the file stays plain HTML, and the next edit asks again.
        () => requested.delete(kind),
      );
    }
  };
  check(view.state.doc.toString());
  return {
    update(update) {
      if (update.docChanged && requested.size < Object.keys(NEEDS).length) check(update.state.doc.toString());
    },
    destroy() {
      live = false;
    },
  };
});

/**
 * HTML in the editor: highlighting, indentation, completion, auto-closed tags, and the CSS or JavaScript
 * grammar fetched when the document first has inline style or script. Lesson files link their scripts
 * (`<script src>`), so most HTML files never download the JavaScript grammar.
 */
export function html(): Extension {
  return [nesting.of(htmlLanguage), htmlLanguage.data.of({ autocomplete: htmlCompletion }), autoCloseTags, grammarLoader];
}
