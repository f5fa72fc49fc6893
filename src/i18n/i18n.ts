import i18next, { type i18n, type TOptions } from 'i18next';
import { SOURCE_LANGUAGE, LANGUAGES } from './languages.ts';
import type { Locale } from '../lessons/types.ts';

type Namespace = Record<string, unknown>;
type Loader = () => Promise<{ default: Namespace }>;

// One JSON file per language and namespace (`locales/fr/app.json`): the source language is bundled,
// the others load when chosen.
const source = import.meta.glob<Namespace>('./locales/fr/*.json', { eager: true, import: 'default' });
const lazy = import.meta.glob<{ default: Namespace }>(['./locales/*/*.json', '!./locales/fr/*.json']) as Record<string, Loader>;

const namespaceOf = (path: string) => path.split('/').pop()?.replace(/\.json$/, '') ?? '';
export const NAMESPACES = Object.keys(source).map(namespaceOf);

/** Creates the i18next instance with the source language, then loads and switches to `locale`. */
export async function initI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    ns: NAMESPACES,
    defaultNS: 'app',
    resources: {
      [SOURCE_LANGUAGE]: Object.fromEntries(Object.entries(source).map(([path, data]) => [namespaceOf(path), data])),
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await changeLanguage(instance, locale);
  return instance;
}

/** Loads a language's files if needed and switches to it; unknown languages fall back to the source. */
export async function changeLanguage(instance: i18n, locale: Locale): Promise<Locale> {
  const target = LANGUAGES.some((language) => language.code === locale) ? locale : SOURCE_LANGUAGE;
  if (!instance.hasResourceBundle(target, 'app')) {
    const files = Object.entries(lazy).filter(([path]) => path.startsWith(`./locales/${target}/`));
    const loaded = await Promise.all(files.map(async ([path, load]) => [namespaceOf(path), (await load()).default] as const));
    for (const [namespace, data] of loaded) instance.addResourceBundle(target, namespace, data, true, true);
  }
  await instance.changeLanguage(target);
  return target;
}

export type Translate = (key: string, options?: TOptions) => string;
