import type { Translate } from '../i18n/i18n.ts';

/**
 * CodeMirror's own interface words (search panel, lint panel, screen-reader announcements), by the
 * English phrase CodeMirror asks for, mapped to our `editor:phrases.*` keys. `$` is CodeMirror's slot
 * for a number, kept as is in translations.
 */
const PHRASES = {
  Find: 'find',
  Replace: 'replace',
  next: 'next',
  previous: 'previous',
  all: 'all',
  'match case': 'matchCase',
  regexp: 'regexp',
  'by word': 'byWord',
  replace: 'replaceOne',
  'replace all': 'replaceAll',
  close: 'close',
  'current match': 'currentMatch',
  'on line': 'onLine',
  'replaced $ matches': 'replacedMatches',
  'replaced match on line $': 'replacedMatchOnLine',
  'Go to line': 'goToLine',
  go: 'go',
  Diagnostics: 'diagnostics',
  'No diagnostics': 'noDiagnostics',
  Completions: 'completions',
  'Control character': 'controlCharacter',
  'Selection deleted': 'selectionDeleted',
} as const;

/** The phrases for `EditorState.phrases`, in the current UI language. */
export function editorPhrases(t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(PHRASES).map(([phrase, key]) => [phrase, t(`editor:phrases.${key}`)]));
}
