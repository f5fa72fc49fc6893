/** The parser's messages as a French-speaking trainer reads them (the default), where wording matters most. */
import { describe, expect, test } from 'vitest';
import { formatIssue } from './issue.ts';
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
