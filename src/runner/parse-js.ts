/** Parses learner JavaScript with acorn, turning a syntax error into a positioned `RunProblem`. */
import { parse, type Program } from 'acorn';
import { message } from './messages.ts';
import type { RunProblem } from './types.ts';

/**
 * `lineOffset` is added to reported lines (a script that starts at line 12 of index.html has offset 11).
 */
export function parseJs(code: string, file: string, sourceType: 'script' | 'module', lineOffset = 0): { ast: Program } | { problem: RunProblem } {
  try {
    return { ast: parse(code, { ecmaVersion: 'latest', sourceType, locations: true, allowHashBang: true }) };
  } catch (error) {
    const { loc } = error as { loc?: { line: number; column: number } };
    const detail = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
    return {
      problem: {
        kind: 'syntax',
        message: message('runner:syntax', { error: detail }),
        detail,
        file,
        ...(loc ? { line: loc.line + lineOffset, column: loc.column + 1 } : {}),
      },
    };
  }
}
