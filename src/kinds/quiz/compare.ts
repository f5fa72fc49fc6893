/**
 * A translated quiz must be the same quiz: same questions (by id, in order), same sort, the same number of
 * answers, and right answers at the same positions. Only the words may change.
 */
import type { ParsedQuiz } from './types.ts';

/** Problems of `translation` against `source`, each at a line of the translation. */
export function compareQuizzes(source: ParsedQuiz, translation: ParsedQuiz, sourceFile: string, exerciseLine: number): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const ids = (quiz: ParsedQuiz) => quiz.questions.map((question) => question.id).join(', ');
  if (ids(source) !== ids(translation)) {
    problems.push({ line: exerciseLine, message: `the questions are not those of ${sourceFile}: expected ${ids(source)}, found ${ids(translation)}` });
    return problems;
  }
  source.questions.forEach((original, index) => {
    const question = translation.questions[index]!;
    const at = (message: string) => problems.push({ line: question.line, message: `question "${question.id}": ${message} (as in ${sourceFile})` });
    if (question.type !== original.type) return at(`it must stay a "${original.type}" question`);
    if (question.type === 'short' && original.type === 'short') {
      if (question.accepted.length !== original.accepted.length) at(`give ${original.accepted.length} accepted answer(s)`);
      if (question.exact !== original.exact) at(original.exact ? 'keep the option "exact"' : 'do not add the option "exact"');
    }
    if (question.type === 'order' && original.type === 'order') {
      if (question.lines.length !== original.lines.length) at(`give ${original.lines.length} lines to order`);
      if (question.distractors.length !== original.distractors.length) at(`give ${original.distractors.length} line(s) to leave out`);
    }
    if ((question.type === 'single' || question.type === 'multiple') && (original.type === 'single' || original.type === 'multiple')) {
      const right = (quiz: typeof original) => quiz.choices.map((choice) => (choice.correct ? 'x' : ' ')).join('');
      if (question.choices.length !== original.choices.length) at(`give ${original.choices.length} choices`);
      else if (right(question) !== right(original)) at('the right answers must be at the same places');
    }
  });
  return problems;
}
