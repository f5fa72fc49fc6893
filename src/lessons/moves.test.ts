/** `moved-from`: the parser reads it, the catalog checks it across lessons and languages and serves the moves. */
import { afterEach, describe, expect, test } from 'vitest';
import { buildCatalog, splitCatalog } from './catalog.ts';
import { formatIssue } from './issue.ts';
import { setMessageLocale } from './messages/index.ts';
import { parseLesson } from './parse.ts';
import type { LessonLocation, ParsedLesson, TrackConfig } from './types.ts';

const FRONT = '---\ntitle: Textes\nsummary: Des textes.\nduration: 20\nlevel: beginner\nobjectives:\n  - Écrire\n---\n\n## Intro\n\nDu texte.\n\n';
const block = (info: string, code: string) => `\`\`\`${info}\n${code}\n\`\`\`\n`;
const exercise = (id: string, attributes = '') =>
  [
    `:::exercise{id=${id} kind=js title="Le message"${attributes}}`,
    'Écris le message.',
    '',
    block('js starter script.js', 'let message;'),
    block('js solution script.js', "let message = 'ok';"),
    block('js test', "test('ok', () => expect(1).toBe(1));"),
    block('md hint', 'Un indice.'),
    ':::',
    '',
  ].join('\n');

const at = (track: string, slug: string, locale = 'fr', order = 2): LessonLocation => ({
  id: `${track}/${slug}`, track, slug, order, locale, file: `lessons/${track}/0${order}-${slug}/${locale}.md`,
});
const parse = (where: LessonLocation, ...exercises: string[]) => parseLesson(FRONT + exercises.join('\n'), where);
const parsed = (where: LessonLocation, ...exercises: string[]): ParsedLesson => {
  const { lesson, issues } = parse(where, ...exercises);
  if (!lesson) throw new Error(issues.map(formatIssue).join('\n'));
  return lesson;
};
const track: TrackConfig = { id: 'back-end', order: 1, title: { fr: 'Serveur' }, description: { fr: 'd' } };
const texts = at('back-end', 'texts-and-modules');
const values = at('back-end', 'values-and-functions', 'fr', 1);

afterEach(() => setMessageLocale('fr'));

describe('moved-from in a lesson file', () => {
  test('a slug of the same track, or track/slug, becomes the former lesson id', () => {
    const same = parsed(texts, exercise('order-message', ' moved-from=values-and-functions'));
    const other = parsed(texts, exercise('order-message', ' moved-from=front-end/javascript-basics'));
    const first = (lesson: ParsedLesson) => (lesson.blocks[1]?.type === 'exercise' ? lesson.blocks[1].exercise.movedFrom : 'none');
    expect(first(same)).toBe('back-end/values-and-functions');
    expect(first(other)).toBe('front-end/javascript-basics');
    expect(first(parsed(texts, exercise('order-message')))).toBeUndefined();
  });

  test('a bad value and the own lesson are refused at file:line, in French and in English', () => {
    const messages = (value: string) => parse(texts, exercise('order-message', ` moved-from=${value}`)).issues.map(formatIssue);
    expect(messages('Values_And')).toEqual([
      'lessons/back-end/02-texts-and-modules/fr.md:14:1: moved-from=Values_And : écris le slug de l\'ancienne leçon (moved-from=values-and-functions), ou parcours/slug pour une leçon d\'un autre parcours (moved-from=back-end/arrays)',
    ]);
    expect(messages('texts-and-modules')).toEqual([
      "lessons/back-end/02-texts-and-modules/fr.md:14:1: moved-from=texts-and-modules : c'est la leçon de cet exercice. Écris la leçon où l'exercice était avant, ou enlève moved-from",
    ]);
    setMessageLocale('en');
    expect(messages('back-end/texts-and-modules')).toEqual([
      "lessons/back-end/02-texts-and-modules/fr.md:14:1: moved-from=back-end/texts-and-modules: this is the exercise's own lesson. Write the lesson the exercise was in before, or remove moved-from",
    ]);
    expect(messages('a/b/c')[0]).toContain('moved-from=a/b/c: write the slug of the former lesson');
  });

  test('it needs a value', () => {
    expect(parse(texts, exercise('order-message', ' moved-from')).issues.map((issue) => issue.message)).toContain(
      "l'attribut « moved-from » a besoin d'une valeur (moved-from=…)",
    );
  });
});

describe('moved-from across lessons', () => {
  const moved = exercise('order-message', ' moved-from=values-and-functions');

  test('the served catalog carries the moves of each lesson, and only where there are some', () => {
    const { catalog, issues } = buildCatalog([track], [parsed(values, exercise('greet')), parsed(texts, moved, exercise('join-texts'))]);
    expect(issues).toEqual([]);
    const served = splitCatalog(catalog).catalog.tracks[0]!.lessons;
    expect(served.map((lesson) => [lesson.id, lesson.moves])).toEqual([
      ['back-end/values-and-functions', undefined],
      ['back-end/texts-and-modules', [{ exerciseId: 'order-message', from: 'back-end/values-and-functions' }]],
    ]);
    expect('moves' in served[0]!).toBe(false);
  });

  test('the former lesson still holding the exercise makes the move ambiguous', () => {
    const { issues } = buildCatalog([track], [parsed(values, exercise('order-message')), parsed(texts, moved)]);
    expect(issues.map(formatIssue)).toEqual([
      "lessons/back-end/02-texts-and-modules/fr.md:14:1: exercice « order-message » : moved-from=back-end/values-and-functions, mais lessons/back-end/01-values-and-functions/fr.md a encore un exercice « order-message ». On ne sait pas quelle progression garder : enlève l'exercice de l'ancienne leçon, ou enlève moved-from",
    ]);
  });

  test('two lessons cannot both take the same exercise from the same lesson', () => {
    const arrays = at('back-end', 'arrays', 'fr', 3);
    setMessageLocale('en');
    const { issues } = buildCatalog([track], [parsed(texts, moved), parsed(arrays, moved)]);
    expect(issues.map(formatIssue)).toEqual([
      'lessons/back-end/03-arrays/fr.md:14:1: exercise "order-message": lesson back-end/texts-and-modules also says it took it from back-end/values-and-functions. An exercise goes to one lesson only: keep moved-from in one place',
    ]);
  });

  test('every language file names the same former lesson', () => {
    const english = at('back-end', 'texts-and-modules', 'en');
    const { issues } = buildCatalog([track], [parsed(texts, moved), parsed(english, exercise('order-message'))]);
    expect(issues.map(formatIssue)).toEqual([
      'lessons/back-end/02-texts-and-modules/en.md:14:1: exercice « order-message » : moved-from doit être pareil ici et dans lessons/back-end/02-texts-and-modules/fr.md (la même leçon, ou aucune)',
    ]);
    expect(buildCatalog([track], [parsed(texts, moved), parsed(english, moved)]).issues).toEqual([]);
  });
});
