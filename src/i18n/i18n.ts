import i18next, { type i18n, type TOptions } from 'i18next';
import { namespaces as allNamespaces, translationsVersion } from 'virtual:sirius/i18n';
import type { Locale } from '../lessons/types.ts';
import { LANGUAGES, SOURCE_LANGUAGE } from './languages.ts';
import type { TranslationKey } from './translation-key.ts';
import sourceApp from './locales/fr/app.json';

type Bundle = Record<string, unknown>;
/** Fetches one language's strings of one namespace; undefined when there is no such file. */
export type BundleLoader = (locale: Locale, namespace: string) => Promise<Bundle | undefined>;

/** The namespace every page uses; the others (`workspace`, `runner` …) are loaded by the pages that need them. */
export const DEFAULT_NAMESPACE = 'app';
/** Every namespace of the source language. */
export const NAMESPACES: readonly string[] = allNamespaces;

/**
 * Translations are plain JSON files next to the app (`i18n/<locale>/<namespace>.json`), fetched when a page or
 * a language needs them and precached for offline use. Only the source language's `app` strings ship with
 * the home page.
 */
export const fetchBundle: BundleLoader = async (locale, namespace) => {
  const response = await fetch(`i18n/${locale}/${namespace}.json?v=${translationsVersion}`);
  return response.ok ? ((await response.json()) as Bundle) : undefined;
};

interface State {
  wanted: Set<string>;
  load: BundleLoader;
}
const states = new WeakMap<i18n, State>();

/** One file; in development, a pseudo-language's is made from the French one (never in a production build). */
async function loadBundle(state: State, locale: Locale, namespace: string): Promise<Bundle | undefined> {
  if (import.meta.env.DEV) {
    const { isPseudo, pseudoNamespace } = await import('./pseudo.ts');
    if (isPseudo(locale)) return pseudoNamespace(locale, () => state.load(SOURCE_LANGUAGE, namespace));
  }
  return state.load(locale, namespace);
}

async function loadBundles(instance: i18n, locales: Locale[], namespaces: Iterable<string>): Promise<void> {
  const state = states.get(instance);
  if (!state) return;
  const missing = locales.flatMap((locale) =>
    [...namespaces].filter((namespace) => !instance.hasResourceBundle(locale, namespace)).map((namespace) => ({ locale, namespace })),
  );
  const loaded = await Promise.all(missing.map(async ({ locale, namespace }) => ({ locale, namespace, data: await loadBundle(state, locale, namespace) })));
  for (const { locale, namespace, data } of loaded) if (data) instance.addResourceBundle(locale, namespace, data, true, true);
}

/**
 * Creates the i18next instance with the source language's `app` strings, then loads `namespaces` and
 * switches to `locale`. `load` fetches the other files (tests read them from disk).
 */
export async function initI18n(locale: Locale, namespaces: readonly string[] = [], load: BundleLoader = fetchBundle): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    ns: [DEFAULT_NAMESPACE],
    defaultNS: DEFAULT_NAMESPACE,
    resources: { [SOURCE_LANGUAGE]: { [DEFAULT_NAMESPACE]: sourceApp } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  states.set(instance, { wanted: new Set([DEFAULT_NAMESPACE]), load });
  await loadNamespaces(instance, namespaces);
  await changeLanguage(instance, locale);
  return instance;
}

/** Makes namespaces available in the current language and the source language (its fallback). */
export async function loadNamespaces(instance: i18n, namespaces: readonly string[]): Promise<void> {
  for (const namespace of namespaces) states.get(instance)?.wanted.add(namespace);
  await loadBundles(instance, [...new Set([instance.language ?? SOURCE_LANGUAGE, SOURCE_LANGUAGE])], namespaces);
}

/** Loads a language's files if needed and switches to it; unknown languages fall back to the source. */
export async function changeLanguage(instance: i18n, locale: Locale): Promise<Locale> {
  const known = LANGUAGES.some((language) => language.code === locale) || (import.meta.env.DEV && (await import('./pseudo.ts')).isPseudo(locale));
  const target = known ? locale : SOURCE_LANGUAGE;
  await loadBundles(instance, [target], states.get(instance)?.wanted ?? [DEFAULT_NAMESPACE]);
  await instance.changeLanguage(target);
  return target;
}

export type Translate = (key: TranslationKey, options?: TOptions) => string;
