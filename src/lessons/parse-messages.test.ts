/** The parser's messages as a French-speaking trainer reads them (the default), where wording matters most. */
import { afterEach, describe, expect, test } from 'vitest';
import { formatIssue } from './issue.ts';
import { setMessageLocale } from './messages/index.ts';
import { parseLesson } from './parse.ts';
import type { LessonLocation } from './types.ts';

const location: LessonLocation = { id: 'back-end/orders', track: 'back-end', slug: 'orders', order: 1, locale: 'fr', file: 'lessons/back-end/01-orders/fr.md' };
const FRONT = '---\ntitle: Commandes\nsummary: Un serveur.\nduration: 20\nlevel: beginner\nobjectives:\n  - Répondre\n---\n\n## Intro\n\nDu texte.\n\n';
const messages = (body: string) => parseLesson(FRONT + body, location).issues.map(formatIssue);
const block = (info: string, code: string) => `\`\`\`${info}\n${code}\n\`\`\`\n`;

describe('parser messages, in French', () => {
  test('a missing solution is shown in the exercise’s own language and file, not ```html … index.html', () => {
    const http = [
      ':::exercise{id=answer kind=http title="Répondre"}',
      'Réponds « Bonjour ».',
      '',
      block('js starter server.js', "export default { fetch() { return new Response(''); } };"),
      block('js test', "test('ok', async () => expect(await (await request('GET', '/')).text()).toBe('Bonjour'));"),
      block('md hint', 'Un indice.'),
      ':::',
    ].join('\n');
    expect(messages(http)).toEqual(["lessons/back-end/01-orders/fr.md:14:1: l'exercice a besoin d'une solution (```js solution server.js)"]);
    const sql = http.replace('kind=http', 'kind=sql').replace(block('js starter server.js', "export default { fetch() { return new Response(''); } };"), block('sql schema', 'CREATE TABLE t (a);') + '\n' + block('sql starter query.sql', 'SELECT 1;'));
    expect(messages(sql)).toContain("lessons/back-end/01-orders/fr.md:14:1: l'exercice a besoin d'une solution (```sql solution query.sql)");
  });

  test('a code block without its language, and an exercise never closed', () => {
    expect(messages('```\nlet x = 1;\n```\n')).toEqual([
      'lessons/back-end/01-orders/fr.md:14:1: dis dans quelle langue est ce bloc de code : ```html, ```css, ```js, ```text …',
    ]);
    expect(messages(':::exercise{id=a kind=web title="A"}\nFais-le.\n')).toContain(
      "lessons/back-end/01-orders/fr.md:14:1: cet exercice n'est pas fermé : ajoute une ligne « ::: » après son dernier bloc",
    );
  });
});

describe('quiz and exercise-kind messages, in French by default and in English when asked', () => {
  afterEach(() => setMessageLocale('fr'));
  const quiz = [':::exercise{id=check kind=quiz title="Vérifier"}', 'Réponds.', '', '### Quelle méthode ? {#method}', '- ( ) GET', '- ( ) POST', '- [x] PUT', ':::', ''].join('\n');
  const files = (kind: string, starter: string, solution: string) =>
    [`:::exercise{id=style kind=${kind} title="Style"}`, 'Fais-le.', '', block(starter, 'a'), block(solution, 'b'), block('js test', "test('t', () => {});"), block('md hint', 'Un indice.'), ':::', ''].join('\n');
  const web = files('web', 'css starter style.css', 'css solution style.css');
  const http = files('http', 'js starter app.js', 'js solution app.js');

  test('French', () => {
    expect(messages(quiz)).toEqual([
      'lessons/back-end/01-orders/fr.md:20:1: cette réponse à choix multiples « [ ] » est dans une question à choix unique « ( ) » : une question a une seule sorte de réponses',
      "lessons/back-end/01-orders/fr.md:17:1: la question « method » n'a pas de bonne réponse : marques-en une avec (x)",
    ]);
    expect(messages(web)).toEqual(["lessons/back-end/01-orders/fr.md:14:1: un exercice web a besoin d'un fichier de départ index.html"]);
    expect(messages(http)).toEqual([
      "lessons/back-end/01-orders/fr.md:14:1: un exercice http a besoin d'un fichier de départ server.js (export default { async fetch(request, env) { … } })",
    ]);
  });

  test('English', () => {
    setMessageLocale('en');
    expect(messages(quiz)).toEqual([
      'lessons/back-end/01-orders/fr.md:20:1: this multiple-choice "[ ]" answer is in a single-choice "( )" question: a question has one sort of answers',
      'lessons/back-end/01-orders/fr.md:17:1: question "method" has no right answer: mark one with (x)',
    ]);
    expect(messages(web)).toEqual(['lessons/back-end/01-orders/fr.md:14:1: a web exercise needs a starter file index.html']);
    expect(messages(http)).toEqual([
      'lessons/back-end/01-orders/fr.md:14:1: an http exercise needs a starter file server.js (export default { async fetch(request, env) { … } })',
    ]);
  });
});
