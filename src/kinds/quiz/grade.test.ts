import { describe, expect, test } from 'vitest';
import { readAnswers, writeAnswers } from './answers.ts';
import { gradeQuiz, matchesAccepted, normaliseAnswer, rightAnswers } from './grade.ts';
import { move, shuffledOrder } from './order.ts';
import type { Quiz } from './types.ts';

const quiz: Quiz<string> = {
  questions: [
    { id: 'one', type: 'single', prompt: 'Q1', line: 1, choices: [{ text: 'a', correct: false }, { text: 'b', correct: true }] },
    { id: 'many', type: 'multiple', prompt: 'Q2', line: 2, choices: [{ text: 'a', correct: true }, { text: 'b', correct: false }, { text: 'c', correct: true }] },
    { id: 'short', type: 'short', prompt: 'Q3', line: 3, accepted: ['Élément', '4,5'], exact: false },
    { id: 'order', type: 'order', prompt: 'Q4', line: 4, lines: ['a {', '}', '}'], distractors: ['b {'] },
  ],
};

describe('gradeQuiz', () => {
  test('the right answers pass, no answer fails every question as unanswered', () => {
    expect(gradeQuiz(quiz, rightAnswers(quiz)).passed).toBe(true);
    const empty = gradeQuiz(quiz, {});
    expect(empty.passed).toBe(false);
    expect(empty.questions.every((question) => !question.answered && !question.correct)).toBe(true);
  });

  test('single and multiple choice: exactly the right choices', () => {
    const grade = (answers: Parameters<typeof gradeQuiz>[1]) => gradeQuiz(quiz, answers).questions.filter((q) => q.answered).map((q) => [q.id, q.correct]);
    expect(grade({ one: { choices: [0] }, many: { choices: [0, 2] } })).toEqual([['one', false], ['many', true]]);
    expect(grade({ many: { choices: [0] } })).toEqual([['many', false]]);
    expect(grade({ many: { choices: [0, 1, 2] } })).toEqual([['many', false]]);
    // A stale index (a choice removed since) is no answer, not a crash.
    expect(grade({ one: { choices: [7] } })).toEqual([]);
  });

  test('order: compares line texts, so identical lines may swap; distractors must be left out', () => {
    const correct = (order: number[]) => gradeQuiz(quiz, { order: { order } }).questions[3]?.correct;
    expect(correct([0, 1, 2])).toBe(true);
    expect(correct([0, 2, 1])).toBe(true);
    expect(correct([1, 0, 2])).toBe(false);
    expect(correct([0, 1, 2, 3])).toBe(false);
    expect(correct([3, 1, 2])).toBe(false);
    expect(correct([0, 1, 1])).toBe(false);
  });

  test('an answer of the wrong shape is not right', () => {
    expect(gradeQuiz(quiz, { one: { text: 'b' }, short: { choices: [0] } }).questions.some((question) => question.correct)).toBe(false);
  });
});

describe('short answers', () => {
  test('ignore case, accents and extra spaces; numbers take "," or "."', () => {
    const question = { accepted: ['Élément de liste', '4,5'], exact: false };
    expect(matchesAccepted(question, '  element   DE liste ')).toBe(true);
    expect(matchesAccepted(question, '4.5')).toBe(true);
    expect(matchesAccepted(question, '4.50')).toBe(true);
    expect(matchesAccepted(question, '45')).toBe(false);
    expect(matchesAccepted(question, 'élément')).toBe(false);
  });

  test('"exact" keeps case and accents, not the extra spaces', () => {
    const question = { accepted: ['<li>'], exact: true };
    expect(matchesAccepted(question, ' <li> ')).toBe(true);
    expect(matchesAccepted(question, '<LI>')).toBe(false);
    expect(normaliseAnswer('Été', true)).toBe('Été');
    expect(normaliseAnswer('Été', false)).toBe('ete');
  });
});

describe('order helpers', () => {
  test('the shuffle is stable, complete, and never the right order already', () => {
    for (const id of ['rule', 'page', 'a', 'skeleton-order']) {
      const order = shuffledOrder(id, 4, 3);
      expect(shuffledOrder(id, 4, 3)).toEqual(order);
      expect([...order].sort()).toEqual([0, 1, 2, 3]);
      expect(order.slice(0, 3)).not.toEqual([0, 1, 2]);
    }
    expect(shuffledOrder('x', 2, 2)).toEqual([1, 0]);
  });

  test('move takes an item to a new place, clamped to the list', () => {
    expect(move(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});

describe('saved answers', () => {
  test('come back as written, and what no longer fits the quiz is dropped', () => {
    const answers = { one: { choices: [1] }, short: { text: '' }, order: { order: [2, 0, 1] } };
    expect(readAnswers(writeAnswers(answers), quiz)).toEqual(answers);
    expect(readAnswers('{"one":{"choices":[9]},"many":{"text":"a"},"order":{"order":[0,0]},"gone":{"text":"x"}}', quiz)).toEqual({});
    expect(readAnswers('not json', quiz)).toEqual({});
    expect(readAnswers('null', quiz)).toEqual({});
  });
});
