import { EditorView } from '@codemirror/view';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../tests/setup/render.ts';
import CodeEditor, { type CodeEditorProps } from './CodeEditor.svelte';
import LazyEditor from './LazyEditor.svelte';
import { TAB_FOCUS_KEY, tabFocus } from './tab-focus.svelte.ts';

// jsdom lays nothing out; CodeMirror measures text ranges, so give it empty rectangles.
beforeAll(() => {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) } as DOMRect;
  const rects = Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect;
  Range.prototype.getClientRects = () => rects;
});

/**
 * renderInApp, with the editor's methods and `rerender` typed: its generic signature infers `never`
 * for both when given a component with exports.
 */
async function renderEditor(editor: typeof CodeEditor | typeof LazyEditor, props: CodeEditorProps, locale?: string) {
  const result = await renderInApp(editor, props, locale);
  return {
    ...result,
    component: result.component as unknown as { goToLine(line: number, column?: number): void },
    rerender: (next: Partial<CodeEditorProps>) => result.rerender(next as never),
  };
}

/** The editor's text box, found the way assistive technology finds it. */
const textbox = (name: string) => screen.getByRole('textbox', { name });
const viewOf = (element: HTMLElement) => {
  const view = EditorView.findFromDOM(element);
  if (!view) throw new Error('no CodeMirror view around this element');
  return view;
};
// CodeMirror reads `keyCode` for Tab and Escape.
const press = (element: HTMLElement, key: string, init: KeyboardEventInit & { keyCode?: number } = {}) =>
  fireEvent.keyDown(element, { key, ...init });

describe('CodeEditor', () => {
  it('shows the code in a text box named after the file, left to right, with the keyboard hint', async () => {
    await renderEditor(CodeEditor, { value: '<h1>Bonjour</h1>', language: 'html', label: 'index.html', onrun: () => {} });
    const box = textbox('index.html');
    expect(box).toHaveTextContent('<h1>Bonjour</h1>');
    expect(box.closest('[dir]')).toHaveAttribute('dir', 'ltr');
    expect(box).toHaveAccessibleDescription('Tab indente · Échap puis Tab quitte l’éditeur Ctrl+Entrée lance le code');
    expect(screen.getByText('Tab indente · Échap puis Tab quitte l’éditeur')).toBeVisible();
  });

  it('colours tokens with the classes build-time code blocks use, once the grammar has arrived', async () => {
    await renderEditor(CodeEditor, { value: 'const total = 1;', language: 'js', label: 'main.js' });
    // The grammar is its own chunk: its first import (transformed on the fly here) may take a moment.
    await waitFor(() => expect(textbox('main.js').querySelector('.tok-keyword')).toHaveTextContent('const'), { timeout: 5000 });
  });

  it('colours SQL once its grammar has arrived', async () => {
    await renderEditor(CodeEditor, { value: 'SELECT name FROM pupils;', language: 'sql', label: 'query.sql' });
    await waitFor(() => expect(textbox('query.sql').querySelector('.tok-keyword')).toHaveTextContent('SELECT'), { timeout: 5000 });
  });

  it('reports the learner’s edits through bind:value and onchange', async () => {
    const onchange = vi.fn();
    await renderEditor(CodeEditor, { value: 'a', label: 'notes.txt', onchange });
    const view = viewOf(textbox('notes.txt'));
    view.dispatch({ changes: { from: 1, insert: 'bc' }, selection: { anchor: 3 }, userEvent: 'input.type' });
    expect(onchange).toHaveBeenLastCalledWith('abc');
    await press(textbox('notes.txt'), 'Enter', { keyCode: 13 });
    expect(onchange).toHaveBeenLastCalledWith('abc\n');
  });

  it('takes a new value from outside as an undoable change', async () => {
    const { rerender } = await renderEditor(CodeEditor, { value: 'draft', label: 'main.js', language: 'js' });
    await rerender({ value: 'starter' });
    const box = textbox('main.js');
    expect(box).toHaveTextContent('starter');
    await press(box, 'z', { ctrlKey: true, keyCode: 90 });
    expect(box).toHaveTextContent('draft');
  });

  it('starts a fresh document when the file changes, so undo stays in its file', async () => {
    const { rerender } = await renderEditor(CodeEditor, { value: 'p { }', label: 'style.css', language: 'css' });
    await rerender({ value: '<p>hi</p>', label: 'index.html', language: 'html' });
    const box = textbox('index.html');
    await press(box, 'z', { ctrlKey: true, keyCode: 90 });
    expect(box).toHaveTextContent('<p>hi</p>');
    expect(screen.queryByRole('textbox', { name: 'style.css' })).toBeNull();
  });

  it('runs on Ctrl+Enter without inserting a line', async () => {
    const onrun = vi.fn();
    const onchange = vi.fn();
    await renderEditor(CodeEditor, { value: 'x', label: 'main.js', onrun, onchange });
    await press(textbox('main.js'), 'Enter', { ctrlKey: true, keyCode: 13 });
    expect(onrun).toHaveBeenCalledOnce();
    expect(onchange).not.toHaveBeenCalled();
  });

  it('indents on Tab, and lets Tab leave after Escape', async () => {
    const onchange = vi.fn();
    await renderEditor(CodeEditor, { value: 'x', label: 'main.js', language: 'js', onchange });
    const box = textbox('main.js');
    expect(await press(box, 'Tab', { keyCode: 9 })).toBe(false); // handled: default (focus move) prevented
    expect(onchange).toHaveBeenLastCalledWith('  x');
    await press(box, 'Escape', { keyCode: 27 });
    expect(await press(box, 'Tab', { keyCode: 9 })).toBe(true); // left to the browser: focus moves on
    expect(onchange).toHaveBeenCalledOnce();
  });

  it('cannot be edited when read-only, and says so', async () => {
    const onchange = vi.fn();
    await renderEditor(CodeEditor, { value: 'solution', label: 'solution.js', readonly: true, onchange });
    const box = textbox('solution.js');
    expect(box).toHaveAttribute('aria-readonly', 'true');
    await press(box, 'Enter', { keyCode: 13 });
    await press(box, 'Tab', { keyCode: 9 });
    expect(box).toHaveTextContent('solution');
    expect(onchange).not.toHaveBeenCalled();
    expect(screen.queryByText(/Tab indente/)).toBeNull();
  });

  it('marks the problems of the last run and replaces them on the next', async () => {
    const value = 'let a = 1;\nlet b = c;\n';
    const { container, rerender } = await renderEditor(CodeEditor, {
      value,
      label: 'main.js',
      language: 'js',
      problems: [{ line: 2, column: 9, message: 'c is not defined' }],
    });
    await waitFor(() => expect(container.querySelector('.cm-lintRange-error')).toHaveTextContent('c'));
    expect(container.querySelectorAll('.cm-lint-marker-error')).toHaveLength(1);

    await rerender({ problems: [] });
    await waitFor(() => expect(container.querySelector('.cm-lintRange-error')).toBeNull());
  });

  it('moves the cursor to a line on request and focuses the editor', async () => {
    const { component } = await renderEditor(CodeEditor, { value: 'one\ntwo\nthree', label: 'main.js' });
    component.goToLine(3, 2);
    const view = viewOf(textbox('main.js'));
    expect(view.state.selection.main.head).toBe(view.state.doc.line(3).from + 1);
    expect(view.hasFocus).toBe(true);
  });

  it('follows the text-size setting', async () => {
    const { rerender } = await renderEditor(CodeEditor, { value: 'x', label: 'main.js', fontSize: 20 });
    const editor = textbox('main.js').closest('.cm-editor') as HTMLElement;
    expect(editor.style.fontSize).toBe('20px');
    await rerender({ fontSize: '1.5rem' });
    expect(editor.style.fontSize).toBe('1.5rem');
  });

  it('speaks the UI language in its own panels', async () => {
    await renderEditor(CodeEditor, { value: 'x', label: 'main.js' }, 'en');
    await press(textbox('main.js'), 'f', { ctrlKey: true, keyCode: 70 });
    expect(await screen.findByRole('textbox', { name: 'Find' })).toBeInTheDocument();
    expect(screen.getByText('Tab indents · Esc then Tab leaves the editor')).toBeVisible();
  });
});

describe('the Tab-moves-focus switch', () => {
  afterEach(() => tabFocus.set(false));

  it('is a visible toggle button; on, Tab no longer indents and the hint says so; the choice is kept', async () => {
    await renderEditor(CodeEditor, { value: 'let a;', language: 'js', label: 'main.js' });
    const toggle = screen.getByRole('button', { name: 'Tab déplace le focus Ctrl+M' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(TAB_FOCUS_KEY)).toBe('on');
    expect(textbox('main.js')).toHaveAccessibleDescription('Tab passe à la suite de la page · Ctrl+M pour indenter avec Tab');
    const view = viewOf(textbox('main.js'));
    press(textbox('main.js'), 'Tab', { keyCode: 9 });
    expect(view.state.doc.toString()).toBe('let a;');
  });

  it('Ctrl+M in the editor flips it for every editor, and says so', async () => {
    await renderEditor(CodeEditor, { value: 'let a;', language: 'js', label: 'main.js' });
    await renderEditor(CodeEditor, { value: 'p {}', language: 'css', label: 'style.css' });
    press(textbox('main.js'), 'm', { ctrlKey: true, keyCode: 77 });
    await waitFor(() => expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(2));
    expect(document.querySelector('.cm-announced')).toHaveTextContent('Tab déplace le focus : activé. Tab passe à la suite de la page.');
  });
});

describe('LazyEditor', () => {
  it('shows the code at once as plain left-to-right text, then the editor', async () => {
    await renderEditor(LazyEditor, { value: '<p>salut</p>', label: 'index.html', language: 'html' });
    const placeholder = screen.getByText('<p>salut</p>');
    expect(placeholder).toHaveClass('code');
    expect(placeholder).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('status')).toHaveTextContent('Chargement de l’éditeur…');

    // Until the editor comes, the code is in the Tab order under the file's name, read-only.
    expect(placeholder).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('textbox', { name: 'index.html' })).toHaveAttribute('aria-readonly', 'true');

    await waitFor(() => expect(screen.queryByText('Chargement de l’éditeur…')).toBeNull());
    expect(screen.getByRole('textbox', { name: 'index.html' })).toHaveClass('cm-content');
    expect(screen.getByRole('textbox', { name: 'index.html' })).toHaveTextContent('<p>salut</p>');
  });

  it('keeps a jump to a line asked for while loading', async () => {
    const { component } = await renderEditor(LazyEditor, { value: 'a\nb', label: 'main.js' });
    component.goToLine(2);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'main.js' })).toHaveClass('cm-content'));
    const view = viewOf(screen.getByRole('textbox', { name: 'main.js' }));
    await waitFor(() => expect(view.state.selection.main.head).toBe(2));
  });
});
