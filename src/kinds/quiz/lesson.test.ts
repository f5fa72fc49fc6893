/** A quiz inside a lesson file: file lines, compiled texts, and translations checked by the catalog. */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../lessons/catalog.ts';
import { compileLesson, type CompileContext } from '../../lessons/compile.ts';
import { formatIssue } from '../../lessons/issue.ts';
import { parseLesson } from '../../lessons/parse.ts';
import { setMessageLocale } from '../../lessons/messages/index.ts';

setMessageLocale('en');

const context: CompileContext = { lessonAt: () => undefined, fileExists: () => false, termExists: (id) => id === 'contrast' };
const FRONT = '---\ntitle: T\nsummary: S\nduration: 10\nlevel: beginner\nobjectives: [o]\n---\n';
const location = (locale: string) => ({ id: 'web-design/colour', track: 'web-design', slug: 'colour', order: 1, locale, file: `lessons/web-design/01-colour/${locale}.md` });
const parse = (body: string, locale = 'fr') => parseLesson(`${FRONT}Texte.\n\n${body}\n`, location(locale));

const QUIZ = `:::exercise{id=check kind=quiz title="As-tu compris ?"}
Réponds aux questions.

### Quel [contraste](glossary:contrast) pour un texte ? {#ratio}
- ( ) 3:1
- (x) **4,5:1**
  > Oui.

### Dans l'ordre {#rule}
1. \`a {\`
2. \`}\`
:::`;

describe('a quiz in a lesson', () => {
  test('is parsed with file lines and compiled to HTML, inline where it sits in a legend or a label', () => {
    const { lesson, issues } = parse(QUIZ);
    expect(issues.map(formatIssue)).toEqual([]);
    const block = lesson!.blocks[1];
    expect(block?.type === 'exercise' && block.exercise.quiz?.questions[0]?.line).toBe(13);
    const compiled = compileLesson(lesson!, context).content.blocks[1];
    const exercise = compiled?.type === 'exercise' ? compiled.exercise : undefined;
    expect(exercise).toMatchObject({ kind: 'quiz', instructionsHtml: '<p>Réponds aux questions.</p>\n', starter: [], hintsHtml: [] });
    const [ratio, rule] = exercise!.quiz!.questions;
    expect(ratio?.prompt).toBe('Quel <dfn class="term" data-term="contrast">contraste</dfn> pour un texte ?');
    expect(ratio?.type === 'single' && ratio.choices[1]).toEqual({ text: '<strong>4,5:1</strong>', correct: true, explanation: 'Oui.' });
    expect(rule?.type === 'order' && rule.lines).toEqual(['<code dir="ltr">a {</code>', '<code dir="ltr">}</code>']);
  });

  test('problems carry the file line and column', () => {
    const { issues } = parse(QUIZ.replace('- (x) **4,5:1**', '- ( ) **4,5:1**').replace('{#rule}', '{#Rule}'));
    expect(issues.map(formatIssue)).toEqual([
      'lessons/web-design/01-colour/fr.md:13:1: question "ratio" has no right answer: mark one with (x)',
      'lessons/web-design/01-colour/fr.md:18:18: question id "Rule" must be lowercase words joined by "-" (like {#best-grey})',
    ]);
  });

  test('a quiz holds no code blocks, and needs instructions', () => {
    const withCode = parse(':::exercise{id=check kind=quiz title="Q"}\nRéponds.\n### A ? {#a}\n- (x) a\n- ( ) b\n```js test\nx\n```\n:::');
    expect(withCode.issues.map(formatIssue)).toEqual(['lessons/web-design/01-colour/fr.md:15:4: a quiz has no test block: write its questions with "###" (see lessons/README.md)']);
    const bare = parse(':::exercise{id=check kind=quiz title="Q"}\n### A ? {#a}\n- (x) a\n- ( ) b\n:::');
    expect(bare.issues.map(formatIssue)).toEqual(['lessons/web-design/01-colour/fr.md:10:1: the quiz has no instructions: say what to do before its first question']);
  });

  test('a translation with its right answer moved is reported by the catalog', () => {
    const source = parse(QUIZ).lesson!;
    const translation = parse(QUIZ.replace('- ( ) 3:1\n- (x) **4,5:1**', '- (x) **4.5:1**\n- ( ) 3:1'), 'en').lesson!;
    const { issues } = buildCatalog([{ id: 'web-design', order: 1, title: { fr: 'W' }, description: { fr: 'W' } }], [source, translation]);
    expect(issues.map(formatIssue)).toEqual([
      'lessons/web-design/01-colour/en.md:13:1: question "ratio": the right answers must be at the same places (as in lessons/web-design/01-colour/fr.md)',
    ]);
  });
});
