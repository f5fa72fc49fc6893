/**
 * Turns thrown values into learner-facing problems positioned in the learner's files, by reading V8
 * stack traces (our scripts carry `//# sourceURL=<file>`, so frames name the learner's files). DOM-free.
 */
import { message } from '../messages.ts';
import type { Message, RunProblem } from '../types.ts';
import { formatArgs } from './format.ts';
import { explainThrown } from './thrown.ts';

/** A place in a learner or test file; line and column are 1-based. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/** Maps a script name seen in a stack frame to the learner's file name, or undefined for our own code. */
export type FileResolver = (scriptName: string) => string | undefined;

const FRAME = /\(?([^()\s]+):(\d+):(\d+)\)?\s*$/;

/** The first stack frame that lies in a known file. */
export function locate(error: unknown, resolve: FileResolver): Location | undefined {
  const stack = typeof (error as { stack?: unknown } | null)?.stack === 'string' ? (error as { stack: string }).stack : '';
  for (const line of stack.split('\n')) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    const file = resolve(match[1] ?? '');
    if (file) return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

/** "TypeError: x is not a function", or the thrown value itself when it is not an error. */
export function errorText(error: unknown): string {
  return formatArgs([error]);
}

/** True for V8's stack overflow, which a beginner meets as a function that calls itself forever. */
export function isRecursion(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function isMemory(error: unknown): boolean {
  return error instanceof RangeError && /invalid (typed )?(array|string) length|allocation failed|out of memory/i.test(error.message);
}

/** A common mistake in the learner's words (the original text stays in `detail`), else the error as it is. */
function uncaught(error: unknown, detail: string): Message {
  const explained = explainThrown(error).message;
  return explained.key === 'runner:thrown.error' ? message('runner:uncaught', { error: detail }) : explained;
}

/** A problem for an uncaught error (or an unhandled rejection, with `kind: 'rejection'`). */
export function problemFromError(error: unknown, resolve: FileResolver, kind: 'runtime' | 'rejection' = 'runtime'): RunProblem {
  const where = locate(error, resolve);
  const detail = errorText(error);
  const problem: RunProblem = isRecursion(error)
    ? { kind: 'runtime', message: message('runner:recursion'), detail }
    : isMemory(error)
      ? { kind: 'memory', message: message('runner:memory', { error: detail }), detail }
      : { kind, message: kind === 'rejection' ? message('runner:rejection', { error: detail }) : uncaught(error, detail), detail };
  return where ? { ...problem, ...where } : problem;
}
