import { describe, expect, onTestFinished, test } from 'vitest';
import { compareQuizzes } from './compare.ts';
import { lessonStructure } from '../../lessons/structure.ts';
import { parseQuiz } from './parse.ts';
import type { ParsedQuiz } from './types.ts';
import { setMessageLocale } from '../../lessons/messages/index.ts';

setMessageLocale('en');

const quiz = (body: string): ParsedQuiz => {
  const { lines, fences } = lessonStructure(body);
  const { quiz: parsed } = parseQuiz({ lines, code: [...fences.values()] }, 10, (line, message) => {
    throw new Error(`${line}: ${message}`);
  });
  return parsed!;
};

const SOURCE = quiz(`Réponds.
### Un ? {#one}
- ( ) a
- (x) b
### Deux ? {#two}
- = 4,5
### Trois ? {#three}
1. a
2. b
- ~~c~~`);

describe('compareQuizzes', () => {
  test('a faithful translation has no problem', () => {
    const translation = quiz('Answer.\n### One? {#one}\n- ( ) A\n- (x) B\n### Two? {#two}\n- = 4.5\n### Three? {#three}\n1. a\n2. b\n- ~~c~~');
    expect(compareQuizzes(SOURCE, translation, 'fr.md', 9)).toEqual([]);
  });

  test('other questions are reported at the exercise line', () => {
    const translation = quiz('Answer.\n### One? {#one}\n- ( ) A\n- (x) B');
    expect(compareQuizzes(SOURCE, translation, 'fr.md', 9)).toEqual([{ line: 9, message: 'the questions are not those of fr.md: expected one, two, three, found one' }]);
  });

  test('moved right answers, counts and sorts are reported at the question line', () => {
    const translation = quiz('Answer.\n### One? {#one}\n- (x) A\n- ( ) B\n### Two? {#two}\n- = 4.5\n- = 4,5\n### Three? {#three}\n- [x] a\n- [ ] b');
    expect(compareQuizzes(SOURCE, translation, 'fr.md', 9)).toEqual([
      { line: 11, message: 'question "one": the right answers must be at the same places (as in fr.md)' },
      { line: 14, message: 'question "two": give 1 accepted answer(s) (as in fr.md)' },
      { line: 17, message: 'question "three": keep its sort of answers: order "1." (as in fr.md)' },
    ]);
  });

  test('order questions keep their number of lines and of lines to leave out', () => {
    const translation = quiz('Answer.\n### One? {#one}\n- ( ) A\n- (x) B\n### Two? {#two}\n- = 4.5\n### Three? {#three}\n1. a\n2. b\n3. c');
    expect(compareQuizzes(SOURCE, translation, 'fr.md', 9).map((problem) => problem.message)).toEqual([
      'question "three": give 2 lines to order (as in fr.md)',
      'question "three": give 1 line(s) to leave out (as in fr.md)',
    ]);
  });

  test('speaks the trainer’s language: French by default', () => {
    onTestFinished(() => setMessageLocale('en'));
    setMessageLocale('fr');
    const translation = quiz('Answer.\n### One? {#one}\n- ( ) A\n- (x) B\n### Two? {#two}\n- = 4.5\n### Three? {#three}\n- [x] a\n- [ ] b');
    expect(compareQuizzes(SOURCE, translation, 'fr.md', 9)).toEqual([
      { line: 16, message: 'question « three » : garde sa sorte de réponses : à remettre en ordre « 1. » (comme dans fr.md)' },
    ]);
  });
});
