import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LEVEL_LABEL } from './labels.ts';
import { LANGUAGES, SOURCE_LANGUAGE } from './languages.ts';

const LOCALES = join(import.meta.dirname, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key of a language, as `namespace:dotted.key`. */
function keysOf(locale: string): Set<string> {
  const keys = new Set<string>();
  const walk = (namespace: string, value: unknown, prefix: string) => {
    if (typeof value === 'string') keys.add(`${namespace}:${prefix}`);
    else for (const [key, child] of Object.entries(value as object)) walk(namespace, child, prefix ? `${prefix}.${key}` : key);
  };
  for (const file of readdirSync(join(LOCALES, locale)).filter((name) => name.endsWith('.json'))) {
    walk(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(LOCALES, locale, file), 'utf8')), '');
  }
  return keys;
}

const baseKeys = (keys: Set<string>) => new Set([...keys].map((key) => key.replace(PLURAL, '')));

const qualified = (key: string) => (key.includes(':') ? key : `app:${key}`);

/** Every source file of the app (tests left out). */
function sourceFiles(): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts')) files.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  visit(join(import.meta.dirname, '..'));
  return files;
}

/**
 * Keys the code asks for: `t('nav.home')`, `t('runner:timeout')`, any `'namespace:key'` text (the typed maps
 * of closed sets) and the `app` keys of `labels.ts`.
 */
function keysUsedInCode(namespaces: Set<string>): Set<string> {
  const used = new Set<string>([LEVEL_LABEL].flatMap((map) => Object.values(map).map(qualified)));
  for (const { text } of sourceFiles()) {
    for (const match of text.matchAll(/\bt\(\s*'([\w.-]+(?::[\w.-]+)?)'/g)) used.add(qualified(match[1] ?? ''));
    for (const match of text.matchAll(/'([a-z]+):([\w-]+(?:\.[\w-]+)*)'/g)) if (namespaces.has(match[1] ?? '')) used.add(match[0].slice(1, -1));
  }
  return used;
}

describe('translations', () => {
  const source = keysOf(SOURCE_LANGUAGE);

  test('every key used in the code exists in the source language', () => {
    const namespaces = new Set([...source].map((key) => key.split(':')[0] ?? ''));
    const missing = [...keysUsedInCode(namespaces)].filter((key) => !baseKeys(source).has(key));
    expect(missing).toEqual([]);
  });

  test('no key is built at run time: a closed set of values has a typed map of keys instead', () => {
    const built = sourceFiles().filter(({ text }) => /\bt\(\s*`/.test(text)).map(({ path }) => path);
    expect(built).toEqual([]);
  });

  for (const { code } of LANGUAGES) {
    test(`${code} has every key of the source language, with the plural forms ${code} needs`, () => {
      const keys = keysOf(code);
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const missing: string[] = [];
      for (const key of baseKeys(source)) {
        const plural = [...source].some((candidate) => candidate.replace(PLURAL, '') === key && candidate !== key);
        const needed = plural ? categories.map((category) => `${key}_${category}`) : [key];
        missing.push(...needed.filter((name) => !keys.has(name)));
      }
      expect(missing).toEqual([]);
    });

    test(`${code} has no key the source language lacks`, () => {
      expect([...baseKeys(keysOf(code))].filter((key) => !baseKeys(source).has(key))).toEqual([]);
    });
  }
});
