import type { SandboxKind } from './kind.ts';

/** JavaScript modules in a worker, tested through what they export. */
export const js: SandboxKind<'js'> = {
  id: 'js',
  runs: 'sandbox',
  check: ({ files }) => (files.some((name) => name.endsWith('.js')) ? [] : [{ key: 'kind.jsFile' }]),
  outputs: ['tests', 'console'],
  afterRun: () => 'tests',
  preview: false,
  client: false,
  pageWeight: false,
  sqlResults: false,
  template: { glossary: '[fonction](glossary:function)' },
};
