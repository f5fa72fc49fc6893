/**
 * A translated quiz must be the same quiz: same questions (by id, in order), same sort, the same number of
 * answers, and right answers at the same positions. Only the words may change.
 */
import { say } from '../../lessons/messages/index.ts';
import type { ParsedQuiz } from './types.ts';

/** Problems of `translation` against `source`, each at a line of the translation. */
export function compareQuizzes(source: ParsedQuiz, translation: ParsedQuiz, sourceFile: string, exerciseLine: number): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const ids = (quiz: ParsedQuiz) => quiz.questions.map((question) => question.id).join(', ');
  if (ids(source) !== ids(translation)) {
    problems.push({ line: exerciseLine, message: say('quiz.otherQuestions', { source: sourceFile, expected: ids(source), found: ids(translation) }) });
    return problems;
  }
  source.questions.forEach((original, index) => {
    const question = translation.questions[index]!;
    const at = (message: string) => problems.push({ line: question.line, message: say('quiz.unlikeSource', { id: question.id, problem: message, source: sourceFile }) });
    if (question.type !== original.type) return at(say('quiz.sameType', { type: say('quiz.type', { type: original.type }) }));
    if (question.type === 'short' && original.type === 'short') {
      if (question.accepted.length !== original.accepted.length) at(say('quiz.sameAccepted', { count: original.accepted.length }));
      if (question.exact !== original.exact) at(say(original.exact ? 'quiz.keepExact' : 'quiz.noExact'));
    }
    if (question.type === 'order' && original.type === 'order') {
      if (question.lines.length !== original.lines.length) at(say('quiz.sameLines', { count: original.lines.length }));
      if (question.distractors.length !== original.distractors.length) at(say('quiz.sameDistractors', { count: original.distractors.length }));
    }
    if ((question.type === 'single' || question.type === 'multiple') && (original.type === 'single' || original.type === 'multiple')) {
      const right = (quiz: typeof original) => quiz.choices.map((choice) => (choice.correct ? 'x' : ' ')).join('');
      if (question.choices.length !== original.choices.length) at(say('quiz.sameChoices', { count: original.choices.length }));
      else if (right(question) !== right(original)) at(say('quiz.sameRight'));
    }
  });
  return problems;
}
