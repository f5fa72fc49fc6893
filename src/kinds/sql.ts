import type { SandboxKind } from './kind.ts';

/** SQL statements on a fresh SQLite database (schema and seed blocks), tested through their results. */
export const sql: SandboxKind<'sql'> = {
  id: 'sql',
  runs: 'sandbox',
  check: ({ files, hasSchema }) => [
    ...(files.some((name) => name.endsWith('.sql')) ? [] : [{ key: 'kind.sqlFile' } as const]),
    ...(hasSchema ? [] : [{ key: 'kind.sqlSchema' } as const]),
  ],
  outputs: ['results', 'tests', 'console'],
  // SQL learners first want their rows; the tests are one tab away.
  afterRun: (ran) => (ran ? 'results' : 'tests'),
  preview: false,
  client: false,
  pageWeight: false,
  sqlResults: true,
  template: {
    glossary: '[table](glossary:table)',
    notes: [
      "Un exercice sql : `sql schema` crée les tables, `sql seed` les remplit ; chaque essai part d'une base neuve.",
      'Les tests lisent le résultat de la dernière requête : `rows`, `columns`, et `query(sql)` pour vérifier la base.',
    ],
  },
};
