/** A `kind=quiz` exercise as written: the parser reads its attributes, this reads its body. */
import { parseQuiz, type QuizSource } from '../kinds/quiz/parse.ts';
import type { Part, Report } from './block.ts';
import { say } from './messages/index.ts';
import type { ParsedExercise } from './types.ts';

/** A quiz: its introduction and questions, and no code blocks (those are reported, and the quiz left unread). */
export function readQuizExercise(
  head: Pick<ParsedExercise, 'id' | 'kind' | 'title' | 'timeoutMs' | 'line'>,
  body: QuizSource,
  parts: Part[],
  fail: Report,
): ParsedExercise {
  const empty = { ...head, instructions: '', starter: [], solution: [], tests: '', testsLine: head.line, hints: [], variants: [], ordered: false };
  for (const part of parts) fail(part.line, say('quiz.noBlock', { role: part.role }), 4);
  if (parts.length > 0) return empty;
  const { intro, quiz } = parseQuiz(body, head.line + 1, fail);
  if (!intro) fail(head.line, say('quiz.noInstructions'));
  return { ...empty, instructions: intro, ...(quiz ? { quiz } : {}) };
}
