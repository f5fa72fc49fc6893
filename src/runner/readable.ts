/**
 * The host's side of the sandbox's renderings: an empty text, which the sandbox shows as «» so that it is
 * still visible, is named in words in the learner's language ("un texte vide").
 */
import { MESSAGE_KEYS, type MessageKey } from './messages.ts';
import type { Message } from './types.ts';

/** How the sandbox renders an empty text inside a failure (see `describeValue`). */
export const EMPTY_TEXT = '«»';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const KNOWN = new Set<string>(MESSAGE_KEYS);
const isKnown = (key: string): key is MessageKey => KNOWN.has(key);

/** A rendered value as the learner reads it. */
export function readableValue(value: string, t: Translate): string {
  return value === EMPTY_TEXT ? t('runner:value.emptyText') : value;
}

/** A runner message translated, with empty texts named in words. */
export function readableMessage(message: Message, t: Translate): string {
  // Only a forged message (learner code posing as the sandbox) has another key: it shows as sent, untranslated.
  if (!isKnown(message.key)) return message.key;
  if (!message.params) return t(message.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = typeof value === 'string' ? readableValue(value, t) : value;
  return t(message.key, params);
}
