import type { GradedKind } from './kind.ts';

/**
 * Questions that check understanding between coding exercises: choices, short answers, lines to order.
 * Graded in the page by `quiz/grade.ts`: no code runs, no sandbox.
 */
export const quiz: GradedKind<'quiz'> = {
  id: 'quiz',
  runs: 'grader',
  template: {
    glossary: '[contraste](glossary:contrast)',
    notes: [
      'Un quiz : des questions `###` avec un id stable `{#id}`, puis les réponses : `- ( )` / `- (x)` (une seule',
      'bonne réponse), `- [ ]` / `- [x]` (une ou plusieurs), `- = …` (réponse à écrire), `1.` `2.` … (lignes à',
      'remettre en ordre) et `- ~~…~~` (ligne en trop). Guide : lessons/README.md, « Un quiz ».',
    ],
  },
};
