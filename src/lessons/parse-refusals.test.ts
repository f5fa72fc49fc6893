import { describe, expect, test } from 'vitest';
import { setMessageLocale } from './messages/index.ts';
import { EXERCISE, FRONT, lesson, location, messages } from './parse.fixture.ts';
import { parseLesson } from './parse.ts';

setMessageLocale('en');

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
      `${file}:14:1: unknown exercise attribute "level" (allowed: id, kind, title, timeout, ordered, starter-from, hints, project, moved-from)`,
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
