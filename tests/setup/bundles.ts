import type { BundleLoader } from '../../src/i18n/i18n.ts';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../src/i18n/locales/*/*.json');

/** Translation files read from the source tree, as the app fetches them from the built one. */
export const diskBundles: BundleLoader = async (locale, namespace) => (await files[`../../src/i18n/locales/${locale}/${namespace}.json`]?.())?.default;
