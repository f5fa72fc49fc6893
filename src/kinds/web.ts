import type { SandboxKind } from './kind.ts';

/** A web page (HTML, CSS, scripts) in a sandboxed frame, tested through its DOM. */
export const web: SandboxKind<'web'> = {
  id: 'web',
  runs: 'sandbox',
  check: ({ files }) => (files.includes('index.html') ? [] : ['a web exercise needs a starter file index.html']),
  outputs: ['tests', 'console', 'preview'],
  afterRun: () => 'tests',
  preview: true,
  client: false,
  pageWeight: true,
  sqlResults: false,
  template: { glossary: '[balise](glossary:tag)' },
};
