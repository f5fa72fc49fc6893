/**
 * The lesson tools' one message catalogue (French source, English), chosen from the trainer's locale.
 * Messages are typed: `say('front.missing', { key: 'title' })` checks the key and its values.
 */
import { en } from './en.ts';
import { fr } from './fr.ts';

export type Catalogue = typeof fr;
export type MessageKey = keyof Catalogue;
export const MESSAGE_LOCALES = ['fr', 'en'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

const catalogues: Record<MessageLocale, Catalogue> = { fr, en };
// One locale per process: a CLI run or a dev server speaks to one trainer.
let current: MessageLocale = 'fr';

export function setMessageLocale(locale: MessageLocale): void {
  current = locale;
}

export function messageLocale(): MessageLocale {
  return current;
}

/** The message for `key` in the current locale. */
export function say<K extends MessageKey>(key: K, ...params: Parameters<Catalogue[K]>): ReturnType<Catalogue[K]> {
  const message = catalogues[current][key] as (...values: Parameters<Catalogue[K]>) => ReturnType<Catalogue[K]>;
  return message(...params);
}

/**
 * A message as data, its key and values: the app's kind descriptors name their problems this way, so the app
 * never loads the catalogue; the parser says them.
 */
export type Message = {
  [K in MessageKey]: Parameters<Catalogue[K]> extends [] ? { key: K } : { key: K; values: Parameters<Catalogue[K]>[0] };
}[MessageKey];

/** The text of a message given as data, in the current locale. */
export function sayMessage(message: Message): string {
  const text = catalogues[current][message.key] as (values?: unknown) => unknown;
  return String(text('values' in message ? message.values : undefined));
}

/** `fr` or `en` from a `--lang` value; undefined for anything else. */
export function parseMessageLocale(value: string): MessageLocale | undefined {
  return (MESSAGE_LOCALES as readonly string[]).includes(value) ? (value as MessageLocale) : undefined;
}

/**
 * The trainer's language from the usual POSIX variables (LC_ALL, then LC_MESSAGES, then LANG): English for
 * `en_*`, French for everything else, since French is the school's language.
 */
export function localeFromEnvironment(env: Record<string, string | undefined>): MessageLocale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value !== '') ?? '';
  return /^en(?:[_.@-]|$)/i.test(tag) ? 'en' : 'fr';
}
