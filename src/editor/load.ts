import type CodeEditor from './CodeEditor.svelte';

let loading: Promise<typeof CodeEditor> | undefined;

/**
 * Loads the CodeMirror editor, the only way into it: the dynamic import makes CodeEditor.svelte, setup.ts
 * and CodeMirror one chunk outside the initial bundle. Loads once; call it early (a lesson with an exercise
 * opens) to start the download before the editor is on screen. A failed load (weak wifi) can be retried.
 */
export function loadEditor(): Promise<typeof CodeEditor> {
  loading ??= import('./CodeEditor.svelte').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
