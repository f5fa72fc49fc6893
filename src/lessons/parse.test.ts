import { describe, expect, test } from 'vitest';
import { setMessageLocale } from './messages/index.ts';
import { EXERCISE, lesson } from './parse.fixture.ts';

setMessageLocale('en');

describe('a well-formed lesson', () => {
  test('gives typed metadata, prose and exercises with their lines', () => {
    const { lesson: parsed, issues } = lesson(EXERCISE);
    expect(issues).toEqual([]);
    expect(parsed?.meta).toEqual({
      title: 'Ma première page',
      summary: 'Un titre et un paragraphe.',
      duration: 30,
      level: 'beginner',
      objectives: ['Écrire un titre'],
      prerequisites: [],
      tags: [],
    });
    expect(parsed?.blocks.map((block) => block.type)).toEqual(['prose', 'exercise']);
    const block = parsed?.blocks[1];
    if (block?.type !== 'exercise') throw new Error('expected an exercise');
    expect(block.exercise).toMatchObject({
      id: 'bakery-title',
      kind: 'web',
      title: 'Le titre',
      instructions: 'Écris un titre `<h1>`.',
      starter: [{ name: 'index.html', language: 'html', content: '<!-- ici -->' }],
      solution: [{ name: 'index.html', language: 'html', content: '<h1>Boulangerie</h1>' }],
      hints: [{ markdown: 'Utilise `<h1>`.', line: 30 }],
      timeoutMs: 3000,
      ordered: false,
      line: 14,
      testsLine: 26,
    });
    expect(block.exercise.tests).toContain("test('a un titre'");
  });

  test('keeps a one-word code block inside an exercise as part of the instructions', () => {
    const body = EXERCISE.replace('Écris un titre `<h1>`.', 'Regarde :\n\n```html\n<p>exemple</p>\n```');
    const { lesson: parsed, issues } = lesson(body);
    expect(issues).toEqual([]);
    const block = parsed?.blocks[1];
    expect(block?.type === 'exercise' && block.exercise.instructions).toContain('<p>exemple</p>');
  });

  test('ignores ":::exercise" inside a code block of the prose', () => {
    const { lesson: parsed, issues } = lesson('````md\n:::exercise{id=x kind=web}\n:::\n````');
    expect(issues).toEqual([]);
    expect(parsed?.blocks.map((block) => block.type)).toEqual(['prose']);
  });

  test('a quoted attribute may hold an escaped quote', () => {
    const { lesson: parsed } = lesson(EXERCISE.replace('title="Le titre"', 'title="Le \\"vrai\\" titre"'));
    const block = parsed?.blocks[1];
    expect(block?.type === 'exercise' && block.exercise.title).toBe('Le "vrai" titre');
  });

  test('a later step starts from an earlier one, and hints may open before the first run', () => {
    const second = EXERCISE.replace('id=bakery-title', 'id=bakery-step-2 starter-from=bakery-title hints=open');
    const { lesson: parsed, issues } = lesson(`${EXERCISE}\n\n${second}`);
    expect(issues).toEqual([]);
    const [first, next] = (parsed?.blocks ?? []).flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []));
    expect(first).not.toHaveProperty('starterFrom');
    expect(first).not.toHaveProperty('hintsOpen');
    expect(next).toMatchObject({ starterFrom: 'bakery-title', hintsOpen: true });
  });

  test('an exercise marked project carries the flag; others do not', () => {
    const marked = EXERCISE.replace('id=bakery-title', 'id=bakery-site').replace('title="Le titre"', 'title="Le titre" project');
    const { lesson: parsed, issues } = lesson(`${EXERCISE}\n\n${marked}`);
    expect(issues).toEqual([]);
    const [plain, project] = (parsed?.blocks ?? []).flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []));
    expect(plain).not.toHaveProperty('project');
    expect(project).toMatchObject({ id: 'bakery-site', project: true });
  });

  test('reads sql schema, seed, timeout and ordered', () => {
    const sql = `:::exercise{id=list kind=sql title="Lister" timeout=5000 ordered=true}
Liste les clients.

\`\`\`sql schema
CREATE TABLE client (nom TEXT);
\`\`\`

\`\`\`sql seed
INSERT INTO client VALUES ('Ana');
\`\`\`

\`\`\`sql starter query.sql
SELECT 1;
\`\`\`

\`\`\`sql solution query.sql
SELECT nom FROM client;
\`\`\`

\`\`\`js test
test('ok', () => {});
\`\`\`

\`\`\`md hint
SELECT …
\`\`\`
:::`;
    const { lesson: parsed, issues } = lesson(sql);
    expect(issues).toEqual([]);
    const block = parsed?.blocks[1];
    if (block?.type !== 'exercise') throw new Error('expected an exercise');
    expect(block.exercise.database).toEqual({
      schema: 'CREATE TABLE client (nom TEXT);',
      seed: "INSERT INTO client VALUES ('Ana');",
    });
    expect(block.exercise.timeoutMs).toBe(5000);
    expect(block.exercise.ordered).toBe(true);
  });
});
