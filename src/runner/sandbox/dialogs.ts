/**
 * `alert`, `confirm` and `prompt` that never block: each call becomes an output line. Tests script the
 * answers with `answerPrompt(...)` / `answerConfirm(...)`; without one, prompt gives null and confirm
 * false, as a dismissed dialog would.
 */
import type { ConsoleEntry } from '../types.ts';
import { formatValue } from './format.ts';

export interface Dialogs {
  alert: (text?: unknown) => void;
  confirm: (text?: unknown) => boolean;
  prompt: (text?: unknown, defaultValue?: unknown) => string | null;
  /** Queues answers for the next `prompt` calls (null = the learner pressed Cancel). */
  answerPrompt: (...answers: (string | null)[]) => void;
  /** Queues answers for the next `confirm` calls. */
  answerConfirm: (...answers: boolean[]) => void;
}

export function createDialogs(record: (level: ConsoleEntry['level'], text: string) => void): Dialogs {
  const prompts: (string | null)[] = [];
  const confirms: boolean[] = [];
  const label = (text: unknown) => (text === undefined ? '' : String(text));
  return {
    alert: (text) => record('alert', label(text)),
    confirm: (text) => {
      const answer = confirms.length ? Boolean(confirms.shift()) : false;
      record('confirm', `${label(text)} → ${formatValue(answer)}`);
      return answer;
    },
    prompt: (text) => {
      const answer = prompts.length ? (prompts.shift() ?? null) : null;
      record('prompt', `${label(text)} → ${formatValue(answer)}`);
      return answer === null ? null : String(answer);
    },
    answerPrompt: (...answers) => void prompts.push(...answers),
    answerConfirm: (...answers) => void confirms.push(...answers),
  };
}
