/**
 * Inputs where a line-by-line reading and CommonMark can part ways. The lesson parser takes its exercises and code
 * blocks from markdown-it, the reader that renders the page, so what a learner sees as code is code to the checker.
 */
import { describe, expect, test } from 'vitest';
import { formatIssue } from './issue.ts';
import { setMessageLocale } from './messages/index.ts';
import { parseLesson } from './parse.ts';
import { lessonStructure } from './structure.ts';
import type { LessonLocation, ParsedExercise } from './types.ts';

setMessageLocale('en');

const location: LessonLocation = { id: 'web/a', track: 'web', slug: 'a', order: 1, locale: 'fr', file: 'lessons/web/01-a/fr.md' };
// The body starts on line 9 (blank), "## Intro" is line 10, and a block written right after FRONT starts on line 14.
const FRONT = '---\ntitle: T\nsummary: S\nduration: 5\nlevel: beginner\nobjectives:\n  - O\n---\n\n## Intro\n\nText.\n\n';
const STARTER = '```html starter index.html\n<p>\n```';
const SOLUTION = '```html solution index.html\n<h1>Hi</h1>\n```';
const TEST = '```js test\ntest("t", () => {});\n```';
const HINT = '```md hint\nA hint.\n```';
const exercise = (blocks: string[] = [STARTER, SOLUTION, TEST, HINT], open = ':::exercise{id=a kind=web title="A"}') =>
  `${open}\nDo it.\n\n${blocks.join('\n\n')}\n:::\n`;

const parse = (body: string) => parseLesson(FRONT + body, location);
const messages = (body: string) => parse(body).issues.map(formatIssue);
const exercises = (body: string): ParsedExercise[] =>
  (parse(body).lesson?.blocks ?? []).flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []));
const NO_LANGUAGE = 'say which language this code block is in: ```html, ```css, ```js, ```text …';

describe('fences inside fences', () => {
  test('a ~~~ hint may show ``` and ::: lines: they stay in the hint', () => {
    const hint = '~~~md hint\n```html\n:::\n```\n~~~';
    const [found] = exercises(exercise([STARTER, SOLUTION, TEST, hint]));
    expect(found?.hints).toEqual([{ markdown: '```html\n:::\n```', line: 30 }]);
  });

  test('a longer backtick run holds a shorter one, and only a run as long closes it', () => {
    const hint = '````md hint\n```js\nlet a;\n```\n`````';
    const [found] = exercises(exercise([STARTER, SOLUTION, TEST, hint]));
    expect(found?.hints[0]?.markdown).toBe('```js\nlet a;\n```');
  });

  test('":::" and ":::exercise" inside code are code, in an exercise and in the prose', () => {
    const solution = '```html solution index.html\n<h1>Hi</h1>\n:::\n:::exercise{id=b}\n```';
    const [found] = exercises(exercise([STARTER, solution, TEST, HINT]));
    expect(found?.solution[0]?.content).toBe('<h1>Hi</h1>\n:::\n:::exercise{id=b}');
    const { lesson, issues } = parse('```text\n:::\n```\n\n' + exercise());
    expect(issues).toEqual([]);
    expect(lesson?.blocks[0]).toMatchObject({ type: 'prose', markdown: '\n## Intro\n\nText.\n\n```text\n:::\n```\n', line: 9 });
  });
});

describe('containers and their neighbours', () => {
  test('under a list item or in a quote, ":::exercise" is text', () => {
    expect(exercises('- a step\n  :::exercise{id=a kind=web title="A"}\n  :::\n\n> :::exercise{id=b}\n> :::\n')).toEqual([]);
    expect(messages('- a step\n  :::exercise{id=a kind=web title="A"}\n  :::\n\n> :::exercise{id=b}\n> :::\n')).toEqual([]);
  });

  test('at the start of a line, right after a list item or a paragraph line, it opens an exercise', () => {
    expect(exercises(`- a step\n${exercise()}`).map((found) => found.line)).toEqual([15]);
    expect(exercises(`A line.\n${exercise()}`).map((found) => found.line)).toEqual([15]);
  });

  test('an exercise inside an exercise, and a closing line that closes nothing', () => {
    const nested = messages(':::exercise{id=b kind=web title="B"}\nDo.\n' + exercise());
    expect(nested[0]).toBe('lessons/web/01-a/fr.md:16:1: an exercise cannot hold another exercise (is a ":::" line missing above?)');
    // The outer exercise ends there, with what it lacks; the inner one is read as usual.
    expect(nested.slice(1).every((message) => message.startsWith('lessons/web/01-a/fr.md:14:1: '))).toBe(true);
    expect(messages('Text.\n:::\nMore.\n')).toEqual(['lessons/web/01-a/fr.md:15:1: this ":::" line closes nothing (is an ":::exercise" line missing above?)']);
  });
});

describe('line endings and blocks left open', () => {
  test('Windows line endings give the same lesson as Unix ones', () => {
    const source = `${FRONT}${exercise()}\n## Recap\n`;
    expect(parseLesson(source.replace(/\n/g, '\r\n'), location)).toEqual(parseLesson(source, location));
    expect(parseLesson(source, location).issues).toEqual([]);
  });

  test('a code block left open runs to the end: in the prose, and in an exercise whose ":::" it swallows', () => {
    expect(messages('```js\nlet a;\n')).toEqual(['lessons/web/01-a/fr.md:14:1: this code block is not closed: add a ``` line after it']);
    expect(messages(exercise([STARTER, SOLUTION, TEST, '```md hint\nA hint.']))).toEqual([
      'lessons/web/01-a/fr.md:29:1: this code block is not closed: add a ``` line after it',
      'lessons/web/01-a/fr.md:14:1: this exercise is not closed: add a ":::" line after its last block',
    ]);
  });
});

describe('what the page shows as code is checked as code', () => {
  test('a code block under a list item or in a quote needs its language too', () => {
    expect(messages('1.  A step:\n\n    ```\n    let a;\n    ```\n')).toEqual([`lessons/web/01-a/fr.md:16:1: ${NO_LANGUAGE}`]);
    expect(messages('> ```\n> let a;\n> ```\n')).toEqual([`lessons/web/01-a/fr.md:14:1: ${NO_LANGUAGE}`]);
  });

  test('``` inside a raw HTML block is HTML, as the page shows it; indented by four spaces it is indented code', () => {
    expect(messages('<div>\n```\nnot code\n```\n</div>\n')).toEqual([]);
    expect(messages('    ```\n    indented code\n')).toEqual([]);
  });

  test('a block under a list item inside an exercise is part of its instructions, not a starter file', () => {
    const [found] = exercises(exercise(['1. Look:\n   ```html starter other.html\n   <p>\n   ```', STARTER, SOLUTION, TEST, HINT]));
    expect(found?.starter.map((file) => file.name)).toEqual(['index.html']);
    expect(found?.instructions).toContain('```html starter other.html');
  });
});

describe('quizzes', () => {
  const quiz = (body: string) => `:::exercise{id=q kind=quiz title="Q"}\nAnswer.\n\n${body}\n:::\n`;

  test('a "###" line inside code is code, before or inside a question', () => {
    const [found] = exercises(quiz('```md\n### not a question\n```\n\n### A? {#a}\n\n```md\n### nor this\n```\n\n- (x) a\n- ( ) b'));
    expect(found?.quiz?.questions.map((question) => question.id)).toEqual(['a']);
    expect(found?.instructions).toBe('Answer.\n\n```md\n### not a question\n```');
  });

  test('code after the answers is reported once, ``` inside ~~~ included', () => {
    expect(messages(quiz('### A? {#a}\n- (x) a\n- ( ) b\n~~~js\n```\n~~~'))).toEqual([
      'lessons/web/01-a/fr.md:20:1: put code to read before the answers, right under the question',
    ]);
  });
});

describe('lessonStructure', () => {
  test('finds exercise lines and code blocks by line, closed or not, nested or not', () => {
    const { lines, fences, markers } = lessonStructure(':::exercise{id=a}\n```js test\nx\n```\n:::\n- item\n\n  ~~~\n  y\n  ~~~\n```\nopen');
    expect(lines).toHaveLength(12);
    expect([...markers]).toEqual([[0, 'open'], [4, 'close']]);
    expect([...fences.values()]).toEqual([
      { info: 'js test', start: 1, end: 4, content: 'x', closed: true, nested: false },
      { info: '', start: 7, end: 10, content: 'y', closed: true, nested: true },
      { info: '', start: 10, end: 12, content: 'open', closed: false, nested: false },
    ]);
  });
});
