import { afterEach, describe, expect, test } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { localeFromEnvironment, parseMessageLocale, say, setMessageLocale } from './index.ts';

afterEach(() => setMessageLocale('fr'));

describe('the lesson tools’ message catalogue', () => {
  test('French and English hold the same keys, and no message is empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const catalogue of [fr, en]) {
      for (const message of Object.values(catalogue) as ((p: Record<string, string>) => unknown)[]) {
        expect(String(message(new Proxy({}, { get: () => 'x' })))).not.toBe('');
      }
    }
  });

  test('speaks French by default and English when asked', () => {
    expect(say('front.missing', { key: 'title' })).toBe("il manque « title » dans l'en-tête");
    setMessageLocale('en');
    expect(say('front.missing', { key: 'title' })).toBe('missing "title" in the frontmatter');
  });

  test('reads the trainer’s locale: English for en_*, French for fr_* and anything else', () => {
    expect(localeFromEnvironment({ LANG: 'fr_BE.UTF-8' })).toBe('fr');
    expect(localeFromEnvironment({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(localeFromEnvironment({ LANG: 'en' })).toBe('en');
    expect(localeFromEnvironment({ LANG: 'nl_BE.UTF-8' })).toBe('fr');
    expect(localeFromEnvironment({ LANG: 'C.UTF-8' })).toBe('fr');
    expect(localeFromEnvironment({})).toBe('fr');
    expect(localeFromEnvironment({ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(localeFromEnvironment({ LC_MESSAGES: 'en_US.UTF-8', LANG: 'fr_BE.UTF-8' })).toBe('en');
    expect(parseMessageLocale('en')).toBe('en');
    expect(parseMessageLocale('de')).toBeUndefined();
  });
});
