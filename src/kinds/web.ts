import type { SandboxKind } from './kind.ts';

/**
 * A web page (HTML, CSS, scripts) in a sandboxed frame, tested through its DOM. A `server.js` starter, when there is
 * one, is the page's own server: its `fetch('/api/…')` reaches it inside the frame (runner/server-script.ts).
 */
export const web: SandboxKind<'web'> = {
  id: 'web',
  runs: 'sandbox',
  check: ({ files }) => (files.includes('index.html') ? [] : [{ key: 'kind.webIndex' }]),
  outputs: ['tests', 'console', 'preview'],
  afterRun: () => 'tests',
  preview: true,
  client: false,
  pageWeight: true,
  sqlResults: false,
  template: {
    glossary: '[balise](glossary:tag)',
    notes: [
      "Un exercice web peut aussi avoir un starter server.js (comme un exercice http) : la page lui parle avec",
      "fetch('/api/…'). Les tests attendent la réponse avec `await waitUntil(() => …)`. Voir le guide.",
    ],
  },
};
