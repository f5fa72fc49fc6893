import { describe, expect, test } from 'vitest';
import { localized, localizedText, pickLocale } from './library.ts';

describe('lesson language', () => {
  test('the wanted language when the lesson has it', () => {
    expect(pickLocale(['fr', 'en', 'ar'], 'ar')).toBe('ar');
  });
  test('a near language before the source language', () => {
    expect(pickLocale(['fr', 'fa'], 'prs')).toBe('fa');
    expect(pickLocale(['fr', 'prs'], 'ps')).toBe('prs');
  });
  test('then French, then English', () => {
    expect(pickLocale(['en', 'fr'], 'uk')).toBe('fr');
    expect(pickLocale(['en'], 'uk')).toBe('en');
    expect(pickLocale(['nl'], 'uk')).toBe('nl');
  });
  test('localized texts follow the same chain', () => {
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'ti')).toBe('Bonjour');
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'en')).toBe('Hello');
    // The language it is shown in, so the page can mark a fallback as French.
    expect(localizedText({ fr: 'Bonjour', en: 'Hello' }, 'ar')).toEqual({ text: 'Bonjour', locale: 'fr' });
  });
});
