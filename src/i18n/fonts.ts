import type { Locale } from '../lessons/types.ts';

/**
 * Self-hosted fonts for scripts many offline devices lack. Each stylesheet is a separate chunk, imported only
 * when a language needs it, so the home route of a French or English learner carries no font at all.
 */
const ARABIC = () => import('./fonts/arabic.css');
const ETHIOPIC = () => import('./fonts/ethiopic.css');
const BY_LOCALE: Record<Locale, () => Promise<unknown>> = { ar: ARABIC, prs: ARABIC, ps: ARABIC, fa: ARABIC, ti: ETHIOPIC };

/** Loads the fonts a language's script needs (nothing for Latin or Cyrillic scripts). Never rejects. */
export function loadFonts(locale: Locale): Promise<void> {
  const load = BY_LOCALE[locale.split('-')[0] ?? locale];
  // A failed font load (offline before the app was cached) leaves the system font: still readable somewhere.
  return load ? load().then(() => undefined, () => undefined) : Promise.resolve();
}

/** Every script font: for lists that name each language in its own script (the language pickers). */
export const loadAllFonts = (): Promise<void> => Promise.all([loadFonts('ar'), loadFonts('ti')]).then(() => undefined);
