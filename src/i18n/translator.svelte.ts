import type { i18n, TOptions } from 'i18next';
import { appContext } from '../context.ts';
import type { Locale } from '../lessons/types.ts';
import { loadFonts } from './fonts.ts';
import { changeLanguage, loadNamespaces } from './i18n.ts';
import { direction } from './languages.ts';
import type { TranslationKey } from './translation-key.ts';

/**
 * i18next made reactive: components call `t(…)` and re-render when the language changes.
 * One per app, handed down through Svelte context.
 */
export class Translator {
  #instance: i18n;
  #locale = $state('fr');
  #revision = $state(0);

  constructor(instance: i18n) {
    this.#instance = instance;
    this.#locale = instance.language;
  }

  get locale(): Locale {
    return this.#locale;
  }

  get dir(): 'ltr' | 'rtl' {
    return direction(this.#locale);
  }

  t = (key: TranslationKey, options?: TOptions): string => {
    // Reading the rune makes every caller depend on the current language.
    void this.#locale;
    void this.#revision;
    return this.#instance.t(key, options) as string;
  };

  /** Whether a key exists in the current language or its fallback. */
  has = (key: string): boolean => {
    void this.#locale;
    void this.#revision;
    return this.#instance.exists(key);
  };

  // Making a formatter costs far more than using one, and figures change as the learner types (the page weight).
  #formats = new Map<string, Intl.NumberFormat>();

  number = (value: number, options?: Intl.NumberFormatOptions): string => {
    const key = `${this.#locale} ${JSON.stringify(options ?? {})}`;
    let format = this.#formats.get(key);
    if (!format) this.#formats.set(key, (format = new Intl.NumberFormat(this.#locale, options)));
    return format.format(value);
  };

  async setLocale(locale: Locale): Promise<void> {
    // Fonts load alongside the strings: Arabic or Ge'ez text must not show as boxes on a device without them.
    const [target] = await Promise.all([changeLanguage(this.#instance, locale), loadFonts(locale)]);
    this.#locale = target;
  }

  /** Loads the strings of page-specific namespaces (`workspace`, `runner` …) before a page shows them. */
  async load(...namespaces: string[]): Promise<void> {
    await loadNamespaces(this.#instance, namespaces);
    // A new bundle changes what `t` returns: re-render the callers.
    this.#revision++;
  }
}

const context = appContext<Translator>('translator');
export const provideTranslator = context.provide;
export const useTranslator = context.use;
export const TRANSLATOR_CONTEXT = context.key;
