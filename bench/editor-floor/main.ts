/**
 * The floors the app's editor is measured against (bench/editor-latency.ts), built in the same run, alone on
 * a page: a bare CodeMirror EditorView (the language and its token classes, nothing more), or the app's own
 * editor setup (src/editor/setup.ts: every extension a lesson's editor has) without the lesson and its
 * workspace around it. `window.editorFloor.show(which, text, language, cursor)` opens one with the file in
 * it, the cursor at offset `cursor`.
 */
import { html } from '@codemirror/lang-html';
import { javascript } from '@codemirror/lang-javascript';
import { syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { createEditor } from '../../src/editor/setup.ts';
import '../../src/editor/palette.css';

let close = () => {};

function show(which: 'bare' | 'setup', text: string, language: 'html' | 'js', cursor: number): void {
  close();
  const parent = document.getElementById('editor')!;
  if (which === 'bare') {
    const bare = new EditorView({
      doc: text,
      selection: { anchor: cursor },
      extensions: [language === 'html' ? html() : javascript(), syntaxHighlighting(classHighlighter)],
      parent,
    });
    close = () => bare.destroy();
    return;
  }
  const setup = createEditor(
    parent,
    { value: text, language, label: 'setup', readonly: false, problems: [], phrases: {}, tabMovesFocus: false },
    { onChange: () => undefined, onRun: () => false, onToggleTabFocus: () => '' },
  );
  setup.view.dispatch({ selection: { anchor: cursor } });
  close = () => setup.destroy();
}

Object.assign(window, { editorFloor: { show } });
