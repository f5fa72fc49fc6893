/**
 * Console capture: replaces `console` methods so learner output becomes readable text lines.
 */
import type { ConsoleEntry } from '../types.ts';
import { formatArgs, formatTable } from './format.ts';

const LEVELS = { log: 'log', info: 'info', warn: 'warn', error: 'error', debug: 'log', dir: 'log', trace: 'log' } as const;

/** Routes `target`'s methods to `emit`; nothing reaches the real console. */
export function captureConsole(target: Console, emit: (level: ConsoleEntry['level'], text: string) => void): void {
  for (const [method, level] of Object.entries(LEVELS)) {
    (target as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => emit(level, formatArgs(args));
  }
  target.table = (data?: unknown, columns?: string[]) => emit('table', formatTable(data, columns));
  target.clear = () => undefined;
}
