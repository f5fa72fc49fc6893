/**
 * Grades a learner's answers. Pure and total: answers come from the page (or stored drafts) and are checked
 * for shape here, so a stale or malformed answer is simply not right.
 */
import type { OrderQuestion, Quiz, QuizAnswer, QuizAnswers, QuizGrade, QuizQuestion, ShortQuestion } from './types.ts';

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * How a typed answer is compared: spaces at the ends are ignored and inner runs of spaces count as one;
 * case and accents are ignored unless the question says `exact`; a number may use "," or "." (4,5 = 4.5).
 */
export function normaliseAnswer(text: string, exact: boolean): string {
  const spaced = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (NUMBER.test(spaced)) return String(Number(spaced.replace(',', '.')));
  if (exact) return spaced;
  return spaced.normalize('NFD').replace(/\p{Mn}/gu, '').toLocaleLowerCase('und');
}

export function matchesAccepted(question: Pick<ShortQuestion<unknown>, 'accepted' | 'exact'>, text: string): boolean {
  const given = normaliseAnswer(text, question.exact);
  return question.accepted.some((accepted) => normaliseAnswer(accepted, question.exact) === given);
}

/** The texts a learner orders: the right lines, then the distractors. */
export const orderPool = <T>(question: OrderQuestion<T>): T[] => [...question.lines, ...question.distractors];

const isIndexList = (value: unknown, size: number): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < size);

/** Whether the learner gave an answer at all (nothing checked, empty text, nothing ordered: no). */
export function isAnswered(question: QuizQuestion<unknown>, answer: QuizAnswer | undefined): boolean {
  if (!answer) return false;
  if (question.type === 'short') return 'text' in answer && typeof answer.text === 'string' && answer.text.trim() !== '';
  if (question.type === 'order') return 'order' in answer && isIndexList(answer.order, orderPool(question).length) && answer.order.length > 0;
  return 'choices' in answer && isIndexList(answer.choices, question.choices.length) && answer.choices.length > 0;
}

function isCorrect<T>(question: QuizQuestion<T>, answer: QuizAnswer, same: (a: T, b: T) => boolean): boolean {
  if (question.type === 'short') return 'text' in answer && matchesAccepted(question, answer.text);
  if (question.type === 'order') {
    if (!('order' in answer) || new Set(answer.order).size !== answer.order.length) return false;
    const pool = orderPool(question);
    // Lines are compared by their text: two identical lines (two "}") may swap places.
    return answer.order.length === question.lines.length && answer.order.every((index, position) => same(pool[index]!, question.lines[position]!));
  }
  if (!('choices' in answer)) return false;
  const chosen = new Set(answer.choices);
  return question.choices.every((choice, index) => choice.correct === chosen.has(index));
}

/** Grades every question; `same` says when two line texts are the same (defaults to `===`). */
export function gradeQuiz<T>(quiz: Quiz<T>, answers: QuizAnswers, same: (a: T, b: T) => boolean = (a, b) => a === b): QuizGrade {
  const questions = quiz.questions.map((question) => {
    const answer = answers[question.id];
    const answered = isAnswered(question, answer);
    return { id: question.id, answered, correct: answered && isCorrect(question, answer!, same) };
  });
  return { questions, passed: questions.every((question) => question.correct) };
}

/** The right answers, as answers: what "show the answer" shows, and what the checker proves passes. */
export function rightAnswers<T>(quiz: Quiz<T>): QuizAnswers {
  return Object.fromEntries(
    quiz.questions.map((question): [string, QuizAnswer] => {
      if (question.type === 'short') return [question.id, { text: question.accepted[0] ?? '' }];
      if (question.type === 'order') return [question.id, { order: question.lines.map((_, index) => index) }];
      return [question.id, { choices: question.choices.flatMap((choice, index) => (choice.correct ? [index] : [])) }];
    }),
  );
}
