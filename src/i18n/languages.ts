import type { Locale } from '../lessons/types.ts';

/** A UI language, named in its own script so a learner recognises it whatever the current language. */
export interface Language {
  code: Locale;
  /** The language's name in itself ("Français", "العربية"). */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** UI languages, the source language first. */
export const LANGUAGES: Language[] = [
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'nl', name: 'Nederlands', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'prs', name: 'دری', dir: 'rtl' },
  { code: 'ps', name: 'پښتو', dir: 'rtl' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
];

export const SOURCE_LANGUAGE: Locale = 'fr';

/** A language's name in itself ("العربية"), or its code when it is not a UI language. */
export const languageName = (code: Locale): string => LANGUAGES.find((language) => language.code === code)?.name ?? code;

const RTL = new Set(['ar', 'prs', 'ps', 'fa', 'he', 'ur']);
/** The development pseudo-language that reads right to left (see `pseudo.ts`). */
export const PSEUDO_RTL: Locale = 'en-XB';

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return locale === PSEUDO_RTL || RTL.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
}

/**
 * `lang` and `dir` for a text shown in `text` on a page in `page`: a French fallback title on an Arabic page is
 * marked so screen readers pronounce it in French and its punctuation sits at its own end (an element with `dir`
 * is a bidi isolate). Nothing when the text is in the page's language.
 */
export function textAttributes(text: Locale, page: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return text === page ? {} : { lang: text, dir: direction(text) };
}

/** First-strong isolate: a title of unknown direction inside a sentence keeps its punctuation in place. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The best UI language for a list of browser preferences (`navigator.languages`), as a suggestion only. */
export function suggestLanguage(preferences: readonly string[]): Locale {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language.code === preference || language.code === base);
    if (match) return match.code;
  }
  return SOURCE_LANGUAGE;
}
