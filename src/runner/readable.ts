/**
 * The host's side of the sandbox's renderings: an empty text, which the sandbox shows as «» so that it is
 * still visible, is named in words in the learner's language ("un texte vide").
 */
import type { Message } from './types.ts';

/** How the sandbox renders an empty text inside a failure (see `describeValue`). */
export const EMPTY_TEXT = '«»';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A rendered value as the learner reads it. */
export function readableValue(value: string, t: Translate): string {
  return value === EMPTY_TEXT ? t('runner:value.emptyText') : value;
}

/** A runner message translated, with empty texts named in words. */
export function readableMessage(message: Message, t: Translate): string {
  if (!message.params) return t(message.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = typeof value === 'string' ? readableValue(value, t) : value;
  return t(message.key, params);
}
