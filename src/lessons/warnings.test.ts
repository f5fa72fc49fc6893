import { describe, expect, test } from 'vitest';
import { formatIssue } from './issue.ts';
import { parseLesson } from './parse.ts';
import type { LessonLocation, ParsedLesson } from './types.ts';
import { lessonWarnings, placeholderWarnings } from './warnings.ts';

const at = (locale: string): LessonLocation => ({
  id: 'back-end/orders', track: 'back-end', slug: 'orders', order: 1, locale, file: `lessons/back-end/01-orders/${locale}.md`,
});
const FRONT = '---\ntitle: Commandes\nsummary: Un serveur.\nduration: 20\nlevel: beginner\nobjectives:\n  - Répondre\n---\n';
const exercise = (id: string, test = "test('ok', async () => expect((await request('GET', '/')).status).toBe(200));") =>
  [
    `:::exercise{id=${id} kind=http title="Répondre"}`,
    'Réponds.',
    '',
    '```js starter server.js',
    "export default { async fetch() { return new Response('', { status: 500 }); } };",
    '```',
    '',
    '```js solution server.js',
    "export default { async fetch() { return new Response('ok'); } };",
    '```',
    '',
    '```js test',
    test,
    '```',
    '',
    '```md hint',
    'Un indice.',
    '```',
    ':::',
  ].join('\n');

const parsed = (text: string, locale = 'fr'): ParsedLesson => {
  const { lesson, issues } = parseLesson(text, at(locale));
  if (!lesson) throw new Error(issues.map(formatIssue).join('\n'));
  return lesson;
};
const warnings = (text: string, locale = 'fr', source?: string) =>
  lessonWarnings(parsed(text, locale), text, source === undefined ? undefined : { lesson: parsed(source), text: source }).map(formatIssue);

const GOOD = `${FRONT}\n## Exemple\n\nDu texte.\n\n${exercise('one')}\n\n${exercise('two')}\n\n## À retenir\n\n- Une idée.\n`;

describe('lesson warnings', () => {
  test('a lesson as the guide asks for has none', () => {
    expect(warnings(GOOD)).toEqual([]);
  });

  test('fewer than two exercises, and no recap after the last exercise', () => {
    const text = `${FRONT}\n## Exemple\n\nDu texte.\n\n${exercise('one')}\n`;
    expect(warnings(text)).toEqual([
      'lessons/back-end/01-orders/fr.md:1:1: la leçon a 1 exercice(s) : le guide en demande au moins deux',
      `lessons/back-end/01-orders/fr.md:${text.trimEnd().split('\n').length}:1: la leçon n'a pas de résumé : finis-la par une section « ## À retenir » après le dernier exercice`,
    ]);
  });

  test('placeholders left from the templates, at their column', () => {
    expect(placeholderWarnings('lessons/x/track.yaml', 'title:\n  fr: "À compléter — le nom"\n  en: "To complete"').map(formatIssue)).toEqual([
      'lessons/x/track.yaml:2:8: « À compléter » est encore là : remplace-le par ton texte',
      'lessons/x/track.yaml:3:8: « To complete » est encore là : remplace-le par ton texte',
    ]);
  });

  test('a translation whose text is the source’s, untouched', () => {
    const translation = GOOD.replace('title: Commandes', 'title: Orders');
    expect(warnings(translation, 'en', GOOD)).toEqual([
      'lessons/back-end/01-orders/en.md:1:1: le texte de cette traduction est le même que celui de lessons/back-end/01-orders/fr.md : traduis-le',
    ]);
    expect(warnings(translation.replace('Du texte.', 'Some text.'), 'en', GOOD)).toEqual([]);
  });

  test('a sentence too long for a newcomer, in the source language only', () => {
    const long = 'Le serveur reçoit la demande du navigateur, il cherche la page dans ses fichiers, il prépare la réponse avec le bon code et il la renvoie tout de suite.';
    const text = GOOD.replace('Du texte.', long);
    const line = text.split('\n').indexOf(long) + 1;
    expect(warnings(text)).toEqual([
      `lessons/back-end/01-orders/fr.md:${line}:1: phrase de 29 mots (« Le serveur reçoit la demande du … ») : coupe-la en phrases d'environ 20 mots au plus`,
    ]);
    expect(warnings(text.replace('title: Commandes', 'title: Orders'), 'en', GOOD)).toEqual([]);
  });

  test('an unknown request() option, with the allowed ones, at the option', () => {
    const test = "test('crée', async () => {\n  const res = await request('POST', '/orders', { jsn: { dish: 'fries' }, headers: {} });\n  expect(res.status).toBe(201);\n});";
    const text = GOOD.replace(exercise('two'), exercise('two', test));
    const rows = text.split('\n');
    const line = rows.findIndex((row) => row.includes('jsn:')) + 1;
    const column = (rows[line - 1] ?? '').indexOf('jsn') + 1;
    expect(warnings(text)).toEqual([
      `lessons/back-end/01-orders/fr.md:${line}:${column}: option de request() inconnue « jsn » : elle serait ignorée (options possibles : json, form, body, headers, query)`,
    ]);
  });
});
