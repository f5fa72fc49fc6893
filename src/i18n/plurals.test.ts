import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskBundles } from '../../tests/setup/bundles.ts';
import { initI18n } from './i18n.ts';
import { LANGUAGES, SOURCE_LANGUAGE } from './languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const COUNTS = [0, 1, 2, 5, 11, 21];
const NAMESPACES = readdirSync(join(import.meta.dirname, 'locales', 'fr')).map((file) => file.replace(/\.json$/, ''));

/** Dotted keys of a bundle that have plural forms, without their `_one`/`_other` ending. */
function pluralKeys(bundle: object, prefix = ''): string[] {
  return [
    ...new Set(
      Object.entries(bundle).flatMap(([key, value]) =>
        typeof value === 'string'
          ? PLURAL.test(key) ? [`${prefix}${key.replace(PLURAL, '')}`] : []
          : pluralKeys(value as object, `${prefix}${key}.`),
      ),
    ),
  ];
}

describe.each(LANGUAGES.map((language) => language.code))('plurals in %s', (locale) => {
  test(`every plural text renders with ${COUNTS.join(', ')}, in ${locale} and with no placeholder left`, async () => {
    const i18n = await initI18n(locale, NAMESPACES, diskBundles);
    const rules = new Intl.PluralRules(locale);
    let rendered = 0;
    for (const namespace of NAMESPACES) {
      const bundle = i18n.getResourceBundle(locale, namespace) as object;
      for (const key of pluralKeys(bundle)) {
        for (const count of COUNTS) {
          // i18next prefers `_zero` for 0 when a language has one; otherwise the language's own category.
          const form = count === 0 && i18n.getResource(locale, namespace, `${key}_zero`) !== undefined ? 'zero' : rules.select(count);
          const own = i18n.getResource(locale, namespace, `${key}_${form}`) as string | undefined;
          expect(own, `${locale} ${namespace}:${key}_${form} (count ${count})`).toBeTypeOf('string');
          // The code gives the placeholders of the French text: a translation using another one leaves it raw.
          const source = String(i18n.getResource(SOURCE_LANGUAGE, namespace, `${key}_other`));
          const values = Object.fromEntries([...source.matchAll(/\{\{(\w+)\}\}/g)].map((match) => [match[1], 'X']));
          const text = i18n.t(`${namespace}:${key}`, { ...values, count });
          expect(text, `${locale} ${namespace}:${key} (count ${count})`).not.toMatch(/\{\{|\}\}/);
          expect(text).not.toBe(key);
          if (own!.includes('{{count}}')) expect(text).toContain(String(count));
          rendered++;
        }
      }
    }
    expect(rendered).toBeGreaterThan(0);
  });
});

test('a home card agrees with the number of exercises done', async () => {
  const i18n = await initI18n('fr', [], diskBundles);
  expect(i18n.t('home.exercisesDone', { count: 1, total: 44 })).toBe('1 exercice réussi sur 44');
  expect(i18n.t('home.exercisesDone', { count: 2, total: 44 })).toBe('2 exercices réussis sur 44');
});
