import type { Translate } from '../i18n/i18n.ts';
import type { TranslationKey } from '../i18n/translation-key.ts';

/**
 * CodeMirror's own interface words (search panel, lint panel, screen-reader announcements), by the
 * English phrase CodeMirror asks for, mapped to their `editor:phrases.*` keys. `$` is CodeMirror's slot
 * for a number, kept as is in translations.
 */
const PHRASES = {
  Find: 'editor:phrases.find',
  Replace: 'editor:phrases.replace',
  next: 'editor:phrases.next',
  previous: 'editor:phrases.previous',
  all: 'editor:phrases.all',
  'match case': 'editor:phrases.matchCase',
  regexp: 'editor:phrases.regexp',
  'by word': 'editor:phrases.byWord',
  replace: 'editor:phrases.replaceOne',
  'replace all': 'editor:phrases.replaceAll',
  close: 'editor:phrases.close',
  'current match': 'editor:phrases.currentMatch',
  'on line': 'editor:phrases.onLine',
  'replaced $ matches': 'editor:phrases.replacedMatches',
  'replaced match on line $': 'editor:phrases.replacedMatchOnLine',
  'Go to line': 'editor:phrases.goToLine',
  go: 'editor:phrases.go',
  Diagnostics: 'editor:phrases.diagnostics',
  'No diagnostics': 'editor:phrases.noDiagnostics',
  Completions: 'editor:phrases.completions',
  'Control character': 'editor:phrases.controlCharacter',
  'Selection deleted': 'editor:phrases.selectionDeleted',
} as const satisfies Record<string, TranslationKey>;

/** The phrases for `EditorState.phrases`, in the current UI language. */
export function editorPhrases(t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(PHRASES).map(([phrase, key]) => [phrase, t(key)]));
}
