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

const RTL = new Set(['ar', 'prs', 'ps', 'fa', 'he', 'ur']);

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
}

/** The best UI language for a list of browser preferences (`navigator.languages`), as a suggestion only. */
export function suggestLanguage(preferences: readonly string[]): Locale {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language.code === preference || language.code === base);
    if (match) return match.code;
  }
  return SOURCE_LANGUAGE;
}
