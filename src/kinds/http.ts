import type { SandboxKind } from './kind.ts';

/** The entry module of an http exercise (a contract with lesson authors). */
export const HTTP_ENTRY = 'server.js';

/** An HTTP handler (`export default { fetch(request, env) }`) in a worker, tested with requests. */
export const http: SandboxKind<'http'> = {
  id: 'http',
  runs: 'sandbox',
  check: ({ files }) =>
    files.includes(HTTP_ENTRY) ? [] : [{ key: 'kind.httpEntry', values: { file: HTTP_ENTRY } }],
  outputs: ['tests', 'console', 'client'],
  afterRun: () => 'tests',
  preview: false,
  client: true,
  pageWeight: false,
  sqlResults: false,
  template: {
    glossary: '[requête](glossary:http-request)',
    notes: [
      'Un exercice http : le fichier exporte `{ fetch(request, env) }`, comme un petit serveur. Les tests',
      'envoient des requêtes avec `request(méthode, chemin, options?)` ; les options sont json, form, body,',
      "headers et query, par exemple `request('POST', '/commandes', { json: { plat: 'frites' } })`.",
      "`env.db` et `db` sont une base SQLite si l'exercice a des blocs `sql schema` / `sql seed`.",
    ],
  },
};
