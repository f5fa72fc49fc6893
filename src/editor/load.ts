import type { CodeLanguage } from '../lessons/types.ts';
import type CodeEditor from './CodeEditor.svelte';
import { loadFirstSupport } from './languages.ts';

let loading: Promise<typeof CodeEditor> | undefined;

/**
 * Loads the CodeMirror editor, the only way into it: the dynamic import makes CodeEditor.svelte, setup.ts
 * and CodeMirror one chunk outside the initial bundle. Loads once; call it early (a lesson with an exercise
 * opens) to start the download before the editor is on screen. A failed load (weak wifi) can be retried.
 * With a `language`, what its grammar needs first downloads alongside instead of after the editor.
 */
export function loadEditor(language?: CodeLanguage): Promise<typeof CodeEditor> {
  // Failures are the editor's to report: it asks for its grammar again when it starts.
  if (language) loadFirstSupport(language).catch(() => undefined);
  loading ??= import('./CodeEditor.svelte').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
