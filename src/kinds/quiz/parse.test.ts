import { describe, expect, test } from 'vitest';
import { lessonStructure } from '../../lessons/structure.ts';
import { parseQuiz } from './parse.ts';
import { setMessageLocale } from '../../lessons/messages/index.ts';

setMessageLocale('en');

/** Parses a body whose first line is file line 10 (the `:::exercise` line is 9). */
function parse(body: string) {
  const issues: { line: number; column: number; message: string }[] = [];
  const { lines, fences } = lessonStructure(body);
  const result = parseQuiz({ lines, code: [...fences.values()] }, 10, (line, message, column = 1) => issues.push({ line, column, message }));
  return { ...result, issues };
}

const QUIZ = `Réponds aux questions.

### Quelle couleur se lit le mieux sur du blanc ? {#best-grey}

- ( ) Gris clair
  > Trop pâle : 2,6:1.
- (x) Gris foncé \`#444444\`
  > Oui : 9,7:1.

### Quelles idées aident ? {#helps}

- [x] Un mot
- [ ] Un vert plus clair
- [X] Une icône

### Quel contraste pour un texte normal ? {#ratio exact}

Écris le nombre avant « :1 ».

- = 4,5
- = 4.5

> Les WCAG demandent 4,5:1.

### Remets la règle dans l'ordre {#rule}

\`\`\`css
/* lis d'abord */
\`\`\`

1. \`a {\`
2. \`  text-decoration: underline;\`
3. \`}\`
- ~~\`  text-decoration: none;\`~~`;

describe('parseQuiz', () => {
  test('reads every sort of question, with its lines', () => {
    const { intro, quiz, issues } = parse(QUIZ);
    expect(issues).toEqual([]);
    expect(intro).toBe('Réponds aux questions.');
    const [single, multiple, short, order] = quiz!.questions;
    expect(single).toMatchObject({ id: 'best-grey', type: 'single', line: 12, prompt: { markdown: 'Quelle couleur se lit le mieux sur du blanc ?', line: 12 } });
    expect(single?.type === 'single' && single.choices).toEqual([
      { text: { markdown: 'Gris clair', line: 14 }, correct: false, explanation: { markdown: 'Trop pâle : 2,6:1.', line: 15 } },
      { text: { markdown: 'Gris foncé `#444444`', line: 16 }, correct: true, explanation: { markdown: 'Oui : 9,7:1.', line: 17 } },
    ]);
    expect(multiple?.type === 'multiple' && multiple.choices.map((choice) => choice.correct)).toEqual([true, false, true]);
    expect(short).toMatchObject({ type: 'short', accepted: ['4,5', '4.5'], exact: true, details: { markdown: 'Écris le nombre avant « :1 ».', line: 27 } });
    expect(short?.explanation).toEqual({ markdown: 'Les WCAG demandent 4,5:1.', line: 32 });
    expect(order).toMatchObject({ type: 'order', details: { markdown: '```css\n/* lis d\'abord */\n```' } });
    expect(order?.type === 'order' && order.lines.map((line) => line.markdown)).toEqual(['`a {`', '`  text-decoration: underline;`', '`}`']);
    expect(order?.type === 'order' && order.distractors).toEqual([{ markdown: '`  text-decoration: none;`', line: 43 }]);
  });

  const errors: [string, string, { line: number; column?: number; message: RegExp }][] = [
    ['no question', 'Lis bien.', { line: 9, message: /at least one question/ }],
    ['no id', 'Q\n### Une question ?\n- (x) a\n- ( ) b', { line: 11, column: 19, message: /end the question line with its id/ }],
    ['bad id', 'Q\n### Une question ? {#Best_Grey}\n- (x) a\n- ( ) b', { line: 11, column: 20, message: /lowercase words/ }],
    ['unknown option', 'Q\n### Une question ? {#q strict}\n- (x) a\n- ( ) b', { line: 11, column: 24, message: /unknown question option "strict"/ }],
    ['empty prompt', 'Q\n### {#q}\n- (x) a\n- ( ) b', { line: 11, message: /no text before its id/ }],
    ['duplicate id', 'Q\n### A ? {#q}\n- (x) a\n- ( ) b\n### B ? {#q}\n- (x) a\n- ( ) b', { line: 14, message: /question id "q" is already used on line 11/ }],
    ['no answers', 'Q\n### A ? {#q}\nJust text.', { line: 11, message: /has no answers/ }],
    ['no right answer (single)', 'Q\n### A ? {#q}\n- ( ) a\n- ( ) b', { line: 11, message: /no right answer: mark one with \(x\)/ }],
    ['no right answer (multiple)', 'Q\n### A ? {#q}\n- [ ] a\n- [ ] b', { line: 11, message: /no right answer: mark one with \[x\]/ }],
    ['two right answers in a single choice', 'Q\n### A ? {#q}\n- (x) a\n- (x) b', { line: 11, message: /exactly one/ }],
    ['one choice', 'Q\n### A ? {#q}\n- (x) a', { line: 11, message: /at least two choices/ }],
    ['empty accepted answer', 'Q\n### A ? {#q}\n- = ', { line: 12, message: /accepted answer is empty/ }],
    ['empty choice', 'Q\n### A ? {#q}\n- (x)\n- ( ) b', { line: 12, message: /this answer is empty/ }],
    ['mixed sorts', 'Q\n### A ? {#q}\n- (x) a\n- [ ] b', { line: 13, message: /multiple-choice "\[ \]" answer is in a single-choice/ }],
    ['stray text among answers', 'Q\n### A ? {#q}\n- (x) a\n- ( ) b\nAnd this.', { line: 14, message: /not an answer/ }],
    ['explanation with no choice', 'Q\n### A ? {#q}\n- = 4\n  > why', { line: 13, column: 3, message: /explains the choice just above/ }],
    ['answer after the explanation', 'Q\n### A ? {#q}\n- (x) a\n> why\n- ( ) b', { line: 14, message: /after the last answer/ }],
    ['lines out of number', 'Q\n### A ? {#q}\n1. a\n3. b', { line: 13, message: /should be 2\./ }],
    ['one line to order', 'Q\n### A ? {#q}\n1. a', { line: 11, message: /at least two numbered lines/ }],
    ['distractor equal to a line', 'Q\n### A ? {#q}\n1. a\n2. b\n- ~~a~~', { line: 14, message: /also a line to order/ }],
    ['exact outside a short answer', 'Q\n### A ? {#q exact}\n- (x) a\n- ( ) b', { line: 11, message: /only for short-answer/ }],
    ['code after the answers', 'Q\n### A ? {#q}\n- (x) a\n- ( ) b\n```css\na {}\n```', { line: 14, message: /code to read before the answers/ }],
  ];
  test.each(errors)('reports %s at its line', (_, body, expected) => {
    const { quiz, issues } = parse(body);
    expect(quiz).toBeUndefined();
    expect(issues).toContainEqual({ line: expected.line, column: expected.column ?? expect.any(Number), message: expect.stringMatching(expected.message) });
  });
});
