import type { CompiledQuiz, ParsedQuiz, QuizQuestion, QuizText } from './types.ts';

/** Renders Markdown to sanitized HTML; `inline` drops the paragraph around a one-line text. */
export type RenderText = (text: QuizText, inline: boolean) => string;

/** Every text of a quiz rendered by the lesson compiler (links, glossary terms and code as in the lesson). */
export function compileQuiz(quiz: ParsedQuiz, render: RenderText): CompiledQuiz {
  const inline = (text: QuizText) => render(text, true);
  const optional = (text: QuizText | undefined, asInline: boolean) => (text ? render(text, asInline) : undefined);
  const questions = quiz.questions.map((question): QuizQuestion<string> => {
    const details = optional(question.details, false);
    const explanation = optional(question.explanation, false);
    const base = { id: question.id, line: question.line, prompt: inline(question.prompt), ...(details ? { details } : {}), ...(explanation ? { explanation } : {}) };
    switch (question.type) {
      case 'short':
        return { ...base, type: 'short', accepted: question.accepted, exact: question.exact };
      case 'order':
        return { ...base, type: 'order', lines: question.lines.map(inline), distractors: question.distractors.map(inline) };
      default: {
        const choices = question.choices.map((choice) => {
          const why = optional(choice.explanation, true);
          return { text: inline(choice.text), correct: choice.correct, ...(why ? { explanation: why } : {}) };
        });
        return { ...base, type: question.type, choices };
      }
    }
  });
  return { questions };
}
