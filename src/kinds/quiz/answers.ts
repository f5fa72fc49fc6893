/**
 * A learner's answers kept as a draft file, so they survive a reload and travel in backups. Stored data is
 * untrusted: `readAnswers` keeps only answers that fit the quiz as it is now.
 */
import { isAnswered } from './grade.ts';
import type { Quiz, QuizAnswer, QuizAnswers } from './types.ts';

/** The draft file name a quiz's answers are saved under. */
export const ANSWERS_FILE = 'answers.json';

export const writeAnswers = (answers: QuizAnswers): string => JSON.stringify(answers);

/** The stored answers that still fit `quiz` (a question removed or changed since drops its answer). */
export function readAnswers<T>(text: string | undefined, quiz: Quiz<T>): QuizAnswers {
  let data: unknown;
  try {
    data = JSON.parse(text ?? '{}');
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const stored = data as Record<string, unknown>;
  const answers: QuizAnswers = {};
  for (const question of quiz.questions) {
    const answer = stored[question.id] as QuizAnswer | undefined;
    // A typed answer may be empty (the learner cleared it); an order never holds a line twice.
    const fits =
      question.type === 'short'
        ? typeof answer === 'object' && answer !== null && 'text' in answer && typeof answer.text === 'string'
        : isAnswered(question, answer) && !('order' in answer! && new Set(answer.order).size !== answer.order.length);
    if (fits) answers[question.id] = answer;
  }
  return answers;
}
