/**
 * Habits every solution must show, since learners copy what the lessons show: checked by `lessons:check`
 * on the main solution and on every other solution. Pure.
 */
import { say } from './messages/index.ts';
import type { LessonIssue, ParsedLesson } from './types.ts';

const FULL_DOCUMENT = /<!doctype\s+html|<html[\s>]/i;
// name="viewport" in either order of attributes, quoted or not.
const VIEWPORT = /<meta\b[^>]*\bname\s*=\s*["']?viewport\b/i;

/** A full HTML page without `<meta name="viewport">` is drawn 980 px wide on a phone, then shrunk. */
export function solutionRuleIssues(lesson: ParsedLesson): LessonIssue[] {
  const issues: LessonIssue[] = [];
  for (const block of lesson.blocks) {
    if (block.type !== 'exercise') continue;
    const { exercise } = block;
    const answers = [
      { line: exercise.line, label: say('rule.theSolution'), files: exercise.solution },
      ...exercise.variants
        .filter((variant) => variant.role === 'solution')
        .map((variant) => ({ line: variant.line, label: say('rule.otherSolution', { name: variant.name }), files: variant.files })),
    ];
    for (const answer of answers) {
      for (const file of answer.files) {
        if (file.language !== 'html' || !FULL_DOCUMENT.test(file.content) || VIEWPORT.test(file.content)) continue;
        issues.push({
          file: lesson.file,
          line: answer.line,
          column: 1,
          message: say('rule.viewport', { id: exercise.id, answer: answer.label, file: file.name }),
        });
      }
    }
  }
  return issues;
}
