/**
 * Development pseudo-languages, made from the French strings: every letter accented, each text about 40 %
 * longer and between brackets, so a text cut short (no closing bracket), one that does not go through the
 * translations (no accents) or a layout too tight for longer languages shows at a glance. The right-to-left
 * variant also turns the page around and draws each text right to left. Never in a production build.
 */
import type { Locale } from '../lessons/types.ts';
import { PSEUDO_RTL, type Language } from './languages.ts';

/** The pseudo-languages a dev server offers besides the ten (private-use region codes, as browsers use). */
export const PSEUDO_LANGUAGES: readonly Language[] = [
  { code: 'en-XA', name: '[Ƥšéúđó]', dir: 'ltr' },
  { code: PSEUDO_RTL, name: '[Ƥšéúđó ←]', dir: 'rtl' },
];

export const isPseudo = (locale: Locale): boolean => PSEUDO_LANGUAGES.some((language) => language.code === locale);

// One UTF-16 unit per letter on both sides: the same index finds the accented form.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEGHIJKLNOPRSTUWYZ';
const MARKED = 'áƀçđéƒğĥíĵķĺɱñóþʠŕšţúṽŵẋýžÁƁÇĐÉĞĤÍĴĶĹÑÓÞŔŠŢÚŴÝŽ';
const accent = (character: string): string => MARKED[PLAIN.indexOf(character)] ?? character;
/** `{{placeholders}}`, HTML tags and CodeMirror's `$` stay as they are: the code fills them in. */
const KEPT = /(\{\{[^}]*\}\}|<[^>]+>|\$)/;
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const POP = '\u202C';
const FILLER = ' ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~';

/** The accented, bracketed, ~40 % longer form of one text. */
export function pseudoText(text: string, rightToLeft = false): string {
  const parts = text.split(KEPT).map((part, i) => {
    if (i % 2 === 1 || part === '') return part;
    const accented = [...part].map(accent).join('');
    return rightToLeft ? `${RIGHT_TO_LEFT_OVERRIDE}${accented}${POP}` : accented;
  });
  const padding = FILLER.slice(0, Math.ceil(text.length * 0.4));
  return `[${parts.join('')}${padding}]`;
}

/** A whole namespace file with every text made pseudo. */
export function pseudoBundle(bundle: unknown, rightToLeft = false): unknown {
  if (typeof bundle === 'string') return pseudoText(bundle, rightToLeft);
  if (bundle === null || typeof bundle !== 'object') return bundle;
  return Object.fromEntries(Object.entries(bundle).map(([key, value]) => [key, pseudoBundle(value, rightToLeft)]));
}

/** One namespace of a pseudo-language, made from the French file (`load` fetches it). */
export async function pseudoNamespace(locale: Locale, load: () => Promise<unknown>): Promise<Record<string, unknown> | undefined> {
  const source = await load();
  return source === undefined ? undefined : (pseudoBundle(source, locale === PSEUDO_RTL) as Record<string, unknown>);
}
