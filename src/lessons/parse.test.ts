import { describe, expect, test } from 'vitest';
import { formatIssue } from './issue.ts';
import { setMessageLocale } from './messages/index.ts';
import { parseLesson } from './parse.ts';
import type { LessonLocation } from './types.ts';

setMessageLocale('en');

const location: LessonLocation = {
  id: 'front-end/first-page',
  track: 'front-end',
  slug: 'first-page',
  order: 1,
  locale: 'fr',
  file: 'lessons/front-end/01-first-page/fr.md',
};

const FRONT = `---
title: Ma première page
summary: Un titre et un paragraphe.
duration: 30
level: beginner
objectives:
  - Écrire un titre
---
`;

const EXERCISE = `:::exercise{id=bakery-title kind=web title="Le titre"}
Écris un titre \`<h1>\`.

\`\`\`html starter index.html
<!-- ici -->
\`\`\`

\`\`\`html solution index.html
<h1>Boulangerie</h1>
\`\`\`

\`\`\`js test
test('a un titre', () => expect($('h1')).not.toBeNull());
\`\`\`

\`\`\`md hint
Utilise \`<h1>\`.
\`\`\`
:::`;

const lesson = (body: string, front = FRONT) => parseLesson(`${front}\n## Intro\n\nDu texte.\n\n${body}\n`, location);
const messages = (source: ReturnType<typeof parseLesson>) => source.issues.map(formatIssue);

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

describe('a malformed lesson is refused with file:line:column messages', () => {
  const file = 'lessons/front-end/01-first-page/fr.md';

  test('no frontmatter', () => {
    expect(messages(parseLesson('# Titre', location))).toEqual([
      `${file}:1:1: a lesson starts with a "---" line, then its frontmatter (title, summary …)`,
    ]);
  });

  test('unclosed frontmatter', () => {
    expect(messages(parseLesson('---\ntitle: x\n', location))[0]).toMatch(/:1:1: the frontmatter is not closed/);
  });

  test('an unknown key (a typo) points at its line', () => {
    const front = FRONT.replace('level: beginner', 'levle: beginner');
    expect(messages(lesson(EXERCISE, front))).toEqual([
      `${file}:5:1: unknown key "levle" (allowed: title, summary, duration, level, objectives, prerequisites, tags, source_version)`,
      `${file}:1:1: missing "level" in the frontmatter`,
    ]);
  });

  test('wrong types in the frontmatter', () => {
    const front = FRONT.replace('duration: 30', 'duration: trente').replace('level: beginner', 'level: expert');
    const found = messages(lesson(EXERCISE, front));
    expect(found).toContain(`${file}:4:1: "duration" is a whole number of minutes between 1 and 600`);
    expect(found).toContain(`${file}:5:1: "level" must be one of: beginner, intermediate, advanced`);
  });

  test('YAML syntax errors keep their line', () => {
    const front = FRONT.replace('summary: Un titre et un paragraphe.', 'summary: [oops');
    expect(messages(lesson(EXERCISE, front))[0]).toMatch(new RegExp(`^${file}:\\d+:\\d+: a "\\[" or "\\{" is not closed on its line`));
  });

  test('a prerequisite that is not a lesson id', () => {
    const front = FRONT.replace('---\n', '---\nprerequisites: [Front End]\n');
    expect(messages(lesson(EXERCISE, front))).toContain(
      `${file}:2:1: prerequisite "Front End" must be a lesson id like front-end/html-basics`,
    );
  });

  test('an exercise that is never closed', () => {
    const found = messages(lesson(EXERCISE.replace(/:::$/, '')));
    expect(found).toEqual([`${file}:14:1: this exercise is not closed: add a ":::" line after its last block`]);
  });

  test('a duplicate exercise id names the first one', () => {
    expect(messages(lesson(`${EXERCISE}\n\n${EXERCISE}`))).toEqual([
      `${file}:34:1: exercise id "bakery-title" is already used on line 14`,
    ]);
  });

  test('an unknown kind and a missing title', () => {
    const found = messages(lesson(EXERCISE.replace('kind=web title="Le titre"', 'kind=python')));
    expect(found).toEqual([
      `${file}:14:1: the exercise needs a kind: one of web, js, http, sql, quiz`,
      `${file}:14:1: the exercise needs a title (title="…")`,
    ]);
  });

  test('text after the code blocks is refused rather than glued to the instructions', () => {
    expect(messages(lesson(EXERCISE.replace('\n\n```js test', '\nEt aussi ceci.\n\n```js test')))).toEqual([
      `${file}:24:1: write the instructions before the code blocks: this text would be glued to them`,
    ]);
  });

  test('project takes no value, other attributes need one, and a quiz cannot be a project', () => {
    expect(messages(lesson(EXERCISE.replace('title="Le titre"', 'title="Le titre" project=yes')))).toEqual([
      `${file}:14:1: project stands alone, without a value: :::exercise{id=… kind=web title="…" project}`,
    ]);
    expect(messages(lesson(EXERCISE.replace('title="Le titre"', 'title="Le titre" hints')))).toEqual([
      `${file}:14:1: attribute "hints" needs a value (hints=…)`,
    ]);
    const quiz = ':::exercise{id=check kind=quiz title="Q" project}\nRéponds.\n\n### A ? {#a}\n- (x) a\n- ( ) b\n:::';
    expect(messages(lesson(quiz))).toEqual([`${file}:14:1: a quiz cannot be a project: remove project, or put it on a code exercise`]);
  });

  test('an unknown attribute', () => {
    expect(messages(lesson(EXERCISE.replace('kind=web', 'kind=web level=2')))).toEqual([
      `${file}:14:1: unknown exercise attribute "level" (allowed: id, kind, title, timeout, ordered, starter-from, hints, project)`,
    ]);
  });

  test('starter-from must name an earlier exercise that shares a file', () => {
    const later = (id: string, from: string) => EXERCISE.replace('id=bakery-title', `id=${id} starter-from=${from}`);
    expect(messages(lesson(`${later('first', 'second')}\n\n${later('second', 'first')}`))).toEqual([
      `${file}:14:1: starter-from="second": no exercise of that id comes before this one in the lesson`,
    ]);
    const other = later('step-2', 'bakery-title').replaceAll('index.html', 'page.html').replace('kind=web', 'kind=js').replaceAll('html ', 'js ').replaceAll('page.html', 'page.js');
    expect(messages(lesson(`${EXERCISE}\n\n${other}`))).toEqual([
      `${file}:34:1: starter-from="bakery-title": that exercise has no file named like this one's starter files`,
    ]);
    expect(messages(lesson(EXERCISE.replace('kind=web', 'kind=web hints=closed')))).toEqual([
      `${file}:14:1: hints is "after-run" (the last hint and the solution wait for a first run) or "open"`,
    ]);
  });

  test('a misspelt block role points at the fence', () => {
    expect(messages(lesson(EXERCISE.replace('html starter index.html', 'html startr index.html')))).toContain(
      `${file}:17:4: unknown block role "startr" (use one of: starter, solution, test, hint, schema, seed, wrong, solution:name, wrong:name)`,
    );
  });

  test('a solution without a matching starter file', () => {
    expect(messages(lesson(EXERCISE.replace('html solution index.html', 'html solution page.html')))).toEqual([
      `${file}:21:1: the solution file "page.html" has no starter file of that name`,
    ]);
  });

  test('a file whose name does not match its language', () => {
    expect(messages(lesson(EXERCISE.replace('html starter index.html', 'css starter index.html')))).toContain(
      `${file}:17:4: file "index.html" does not match the block's language "css"`,
    );
  });

  test('missing tests, hints and instructions', () => {
    const bare = `:::exercise{id=empty kind=js title="Vide"}
\`\`\`js starter main.js
export const x = 1;
\`\`\`
\`\`\`js solution main.js
export const x = 2;
\`\`\`
:::`;
    expect(messages(lesson(bare))).toEqual([
      `${file}:14:1: the exercise has no instructions: say what to do before its code blocks`,
      `${file}:14:1: the exercise needs a test block (\`\`\`js test)`,
      `${file}:14:1: the exercise needs at least one hint (\`\`\`md hint)`,
    ]);
  });

  test('a web exercise without index.html', () => {
    const noIndex = EXERCISE.replaceAll('index.html', 'page.html');
    expect(messages(lesson(noIndex))).toEqual([`${file}:14:1: a web exercise needs a starter file index.html`]);
  });

  test('a stray ":::" and an unclosed code block', () => {
    const found = messages(lesson(':::\n\n```js\nlet x'));
    expect(messages(lesson('```\nlet x = 1;\n```'))).toEqual([
      `${file}:14:1: say which language this code block is in: \`\`\`html, \`\`\`css, \`\`\`js, \`\`\`text …`,
    ]);
    expect(found).toContain(`${file}:14:1: this ":::" line closes nothing (is an ":::exercise" line missing above?)`);
    expect(found).toContain(`${file}:16:1: this code block is not closed: add a \`\`\` line after it`);
  });
});
