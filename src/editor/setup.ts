/**
 * Everything CodeMirror, in one module so the build makes it one lazy chunk (see load.ts): the
 * extensions, the theme, and a small imperative `Editor` that CodeEditor.svelte drives from its props.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec, type ChangeSpec, type Extension, type StateEffect } from '@codemirror/state';
import {
  EditorView,
  crosshairCursor,
  drawSelection,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { whenIdle } from '../components/idle.ts';
import type { CodeLanguage } from '../lessons/types.ts';
import { loadFirstSupport, loadSqlTables } from './languages.ts';
import { offsetOf, toDiagnostics, type EditorProblem } from './problems.ts';
import type { SqlTables } from './sql-tables.ts';
import { paletteTheme } from './theme.ts';

/** What the editor shows; `update` compares against the previous options and changes only what differs. */
export interface EditorOptions {
  value: string;
  language: CodeLanguage;
  /** The file name: the editor's accessible name, and its identity (a new name starts a new undo history). */
  label: string;
  readonly: boolean;
  /** Errors of the last run; a new array replaces the marks, the same array keeps them (mapped through edits). */
  problems: readonly EditorProblem[];
  /** CodeMirror's interface words in the UI language (see phrases.ts). */
  phrases: Record<string, string>;
  /** For SQL: tables and columns to complete. */
  sqlTables?: SqlTables | undefined;
  /** A CSS font size; unset inherits the page's (the app's text-size setting). */
  fontSize?: string;
  /** Tab moves the focus on instead of indenting (the learner's choice, see tab-focus.svelte.ts). */
  tabMovesFocus: boolean;
}

/** How the editor reports back; fixed for the editor's life. */
export interface EditorCallbacks {
  /** Id of the visible keyboard hint, announced with the editor. */
  describedBy?: string;
  /** Called after each edit by the learner with the whole text. */
  onChange(value: string): void;
  /** Ctrl/Cmd+Enter; return false to let the key insert a line as usual. */
  onRun(): boolean;
  /** Ctrl+M (Shift+Alt+M on a Mac): flips the Tab-moves-focus choice; returns the words announcing the new state. */
  onToggleTabFocus(): string;
}

/** A live CodeMirror editor. */
export interface Editor {
  readonly view: EditorView;
  update(options: EditorOptions): void;
  /** Puts the cursor on a 1-based line (and column), scrolls it into view and focuses the editor. */
  goToLine(line: number, column?: number): void;
  destroy(): void;
}

// basicSetup, minus the fold gutter (width a 360 px phone cannot spare, a concept beginners do not need),
// plus Tab to indent (Esc then Tab still leaves: CodeMirror's tab-focus escape, announced in the hint line;
// the learner's Tab-moves-focus choice, EditorOptions.tabMovesFocus, turns indenting off for good),
// and token classes shared with build-time highlighting instead of inline styles. Search and lint marks
// come as their own chunks the first time they are used (Ctrl+F, a run with errors): a lesson's first
// download stays under its budget on a slow connection.
const common: Extension = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  drawSelection(),
  dropCursor(),
  EditorState.allowMultipleSelections.of(true),
  indentOnInput(),
  syntaxHighlighting(classHighlighter),
  bracketMatching(),
  closeBrackets(),
  autocompletion(),
  rectangularSelection(),
  crosshairCursor(),
  highlightActiveLine(),
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
  // Wrap long lines: on a phone, a line hidden past the right edge is a line the learner never reads.
  EditorView.lineWrapping,
  // Code reads left to right even in an Arabic or Dari page; an Arabic comment inside a line still gets
  // the browser's bidi ordering, and CodeMirror's own bidi handling moves the cursor through it visually.
  EditorView.editorAttributes.of({ dir: 'ltr' }),
  paletteTheme,
];

/** The smallest change turning `from` into `to` (common prefix and suffix kept), so the cursor stays put. */
function diff(from: string, to: string): ChangeSpec {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

/** Creates a CodeMirror editor inside `parent`. */
export function createEditor(parent: HTMLElement, options: EditorOptions, callbacks: EditorCallbacks): Editor {
  const language = new Compartment();
  const readOnly = new Compartment();
  const phrases = new Compartment();
  const searching = new Compartment();
  const linting = new Compartment();
  const tables = new Compartment();
  let lint: Promise<typeof import('@codemirror/lint')> | undefined;
  // The text both sides agree on: an incoming value equal to it is the echo of the learner's own edit.
  let value = options.value;
  let applied = options;

  /** Loads search on first use, then opens its panel: the same keys as CodeMirror's search keymap. */
  const openSearch = (target: EditorView) => {
    void import('@codemirror/search').then((search) => {
      target.dispatch({ effects: searching.reconfigure([search.highlightSelectionMatches(), keymap.of(search.searchKeymap)]) });
      search.openSearchPanel(target);
    });
    return true;
  };

  const own: Extension = [
    Prec.highest(
      keymap.of([
        { key: 'Mod-Enter', run: () => callbacks.onRun() },
        // CodeMirror's own Ctrl+M flips this editor only; the learner's choice holds for every editor and visit.
        {
          key: 'Ctrl-m',
          mac: 'Shift-Alt-m',
          run: (target) => {
            target.dispatch({ effects: EditorView.announce.of(callbacks.onToggleTabFocus()) });
            return true;
          },
        },
      ]),
    ),
    searching.of(keymap.of([{ key: 'Mod-f', run: openSearch, scope: 'editor search-panel' }])),
    linting.of([]),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      const text = update.state.doc.toString();
      if (text === value) return;
      value = text;
      callbacks.onChange(text);
    }),
  ];

  const stateFor = (next: EditorOptions) =>
    EditorState.create({
      doc: next.value,
      extensions: [
        common,
        own,
        language.of([]),
        tables.of([]),
        readOnly.of(EditorState.readOnly.of(next.readonly)),
        phrases.of(EditorState.phrases.of(next.phrases)),
        EditorView.contentAttributes.of({
          'aria-label': next.label,
          ...(callbacks.describedBy ? { 'aria-describedby': callbacks.describedBy } : {}),
        }),
      ],
    });

  const view = new EditorView({ state: stateFor(options), parent });
  let destroyed = false;
  const stillWanted = (wanted: EditorOptions['language']) => !destroyed && applied.language === wanted;
  // The grammar arrives a moment after the text: the code is readable and editable at once. A large support
  // (HTML's) comes in two steps: what colours the code first, the rest once the browser has nothing better to do.
  const useLanguage = (wanted: EditorOptions['language']) =>
    void loadFirstSupport(wanted).then(({ support, rest }) => {
      if (!stillWanted(wanted)) return;
      view.dispatch({ effects: language.reconfigure(support) });
      if (!rest) return;
      whenIdle(() => {
        if (!stillWanted(wanted)) return;
        // On weak wifi the first support stays: the code keeps its colours, completion waits for the next file.
        rest().then(
          (complete) => stillWanted(wanted) && view.dispatch({ effects: language.reconfigure(complete) }),
          () => undefined,
        );
      });
    });
  useLanguage(options.language);
  const useTables = (wanted: EditorOptions) => {
    if (wanted.language !== 'sql' || !wanted.sqlTables) return view.dispatch({ effects: tables.reconfigure([]) });
    void loadSqlTables(wanted.sqlTables).then((completion) => {
      if (applied.sqlTables === wanted.sqlTables && applied.language === 'sql') view.dispatch({ effects: tables.reconfigure(completion) });
    });
  };
  if (options.sqlTables) useTables(options);
  const showProblems = (problems: readonly EditorProblem[]) => {
    if (problems.length === 0 && !lint) return;
    lint ??= import('@codemirror/lint').then((module) => {
      view.dispatch({ effects: linting.reconfigure([module.lintGutter(), keymap.of(module.lintKeymap)]) });
      return module;
    });
    void lint.then((module) => view.dispatch(module.setDiagnostics(view.state, toDiagnostics(view.state.doc, problems))));
  };
  const applyFontSize = (fontSize: string | undefined) => {
    view.dom.style.fontSize = fontSize ?? '';
    view.requestMeasure();
  };
  if (options.problems.length) showProblems(options.problems);
  if (options.fontSize) applyFontSize(options.fontSize);
  // Set only when it changes: setting it again would cancel an Escape-then-Tab on its way.
  if (options.tabMovesFocus) view.setTabFocusMode(true);

  return {
    view,
    update(next) {
      const previous = applied;
      applied = next;
      if (next.fontSize !== previous.fontSize) applyFontSize(next.fontSize);
      if (next.tabMovesFocus !== previous.tabMovesFocus) view.setTabFocusMode(next.tabMovesFocus);
      if (next.label !== previous.label) {
        // Another file: a fresh state, so Undo cannot bring back the previous file's text.
        value = next.value;
        view.setState(stateFor(next));
        lint = undefined;
        useLanguage(next.language);
        if (next.sqlTables) useTables(next);
        if (next.problems.length) showProblems(next.problems);
        return;
      }
      const effects: StateEffect<unknown>[] = [];
      if (next.language !== previous.language) useLanguage(next.language);
      if (next.language !== previous.language || next.sqlTables !== previous.sqlTables) useTables(next);
      if (next.readonly !== previous.readonly) effects.push(readOnly.reconfigure(EditorState.readOnly.of(next.readonly)));
      if (next.phrases !== previous.phrases) effects.push(phrases.reconfigure(EditorState.phrases.of(next.phrases)));
      let changes: ChangeSpec | undefined;
      if (next.value !== value) {
        // Set from outside (reset to starter, a restored draft): an ordinary transaction, so Ctrl+Z undoes it.
        changes = diff(view.state.doc.toString(), next.value);
        value = next.value;
      }
      if (changes || effects.length) view.dispatch({ changes, effects });
      if (next.problems !== previous.problems) showProblems(next.problems);
    },
    goToLine(line, column) {
      const at = offsetOf(view.state.doc, line, column);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
    destroy() {
      destroyed = true;
      view.destroy();
    },
  };
}
