import type { Locale } from '../lessons/types.ts';
import { LANGUAGES } from './languages.ts';

/** Where the chosen UI language is kept until learner profiles hold it. */
export const SETTINGS_KEY = 'sirius-learn.locale';

/** A stored language code, or undefined when none (or an unknown one) is stored. */
export function readLocale(stored: string | null): Locale | undefined {
  return LANGUAGES.some((language) => language.code === stored) ? (stored ?? undefined) : undefined;
}

/** Remembers the chosen language; a blocked storage only means it is asked again next time. */
export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(SETTINGS_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit.
  }
}
