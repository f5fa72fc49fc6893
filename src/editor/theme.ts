import { EditorView } from '@codemirror/view';

/**
 * The editor's look, all colours read from palette.css custom properties: one theme object serves the
 * light, dark and high-contrast app themes, which switch by flipping the variables, not the extension.
 * Token colours are not here: the editor marks tokens with the same `tok-*` classes as build-time code.
 */
export const paletteTheme = EditorView.theme({
  '&': {
    color: 'var(--code-fg)',
    backgroundColor: 'var(--code-bg)',
    border: '1px solid var(--code-border)',
    borderRadius: '4px',
  },
  // A thick outline that survives every theme: the editor is a big focus target a keyboard user must find.
  '&.cm-focused': { outline: '3px solid var(--code-focus)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--code-font)', lineHeight: '1.5' },
  // Room for a few lines even when the starter is short: an empty editor still looks like a place to type.
  '.cm-content, .cm-gutter': { minBlockSize: '8rem' },
  '.cm-content': { caretColor: 'var(--code-cursor)' },
  '.cm-cursor, .cm-dropCursor': { borderInlineStartColor: 'var(--code-cursor)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--code-selection)' },
  '.cm-activeLine': { backgroundColor: 'var(--code-active-line)' },
  '.cm-gutters': {
    backgroundColor: 'var(--code-bg)',
    color: 'var(--code-muted)',
    borderInlineEndColor: 'var(--code-border)',
  },
  '.cm-activeLineGutter': { backgroundColor: 'var(--code-active-line)', color: 'var(--code-fg)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--code-match)', outline: '1px solid var(--code-border)' },
  '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'var(--code-error-bg)', color: 'var(--code-error)' },
  '.cm-searchMatch': { backgroundColor: 'var(--code-match)', outline: '1px solid var(--code-border)' },
  '.cm-searchMatch.cm-searchMatch-selected, .cm-selectionMatch': { backgroundColor: 'var(--code-selection)' },
  // Lint: an error ground under the wavy line, so a mark is more than a thin red stroke.
  '.cm-lintRange-error': { backgroundColor: 'var(--code-error-bg)' },
  '.cm-diagnostic-error': { borderInlineStartColor: 'var(--code-error)' },
  '.cm-tooltip, .cm-panels': {
    color: 'var(--code-fg)',
    backgroundColor: 'var(--code-bg)',
    borderColor: 'var(--code-border)',
  },
  '.cm-tooltip-autocomplete > ul > li[aria-selected], .cm-panel.cm-panel-lint ul [aria-selected]': {
    color: 'var(--code-fg)',
    backgroundColor: 'var(--code-selection)',
  },
  '.cm-completionDetail, .cm-completionInfo': { color: 'var(--code-muted)' },
  '.cm-textfield, .cm-button': {
    color: 'var(--code-fg)',
    backgroundColor: 'var(--code-bg)',
    backgroundImage: 'none',
    borderColor: 'var(--code-border)',
    fontSize: '1em',
  },
  '.cm-panel.cm-search label': { fontSize: '1em' },
});
