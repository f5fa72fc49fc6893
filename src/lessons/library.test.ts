import { describe, expect, test } from 'vitest';
import { localized, localizedText, pickLocale, readingChain } from './library.ts';
import { lessonLocale } from './load-lesson.ts';

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
  test('a chosen second language comes before French; a near language still before it', () => {
    expect(pickLocale(['fr', 'en'], 'uk', 'en')).toBe('en');
    expect(pickLocale(['fr', 'en'], 'uk', 'ar')).toBe('fr');
    expect(pickLocale(['fr', 'fa', 'en'], 'prs', 'en')).toBe('fa');
    expect(readingChain('ti', 'en')).toEqual(['ti', 'en', 'fr']);
  });
  test('a language the learner opened the lesson in wins when the lesson has it', () => {
    const lesson = { id: 'a/b', track: 'a', order: 1, locales: ['fr', 'en', 'ar'], duration: 5, level: 'beginner' as const, prerequisites: [], exercises: [] };
    expect(lessonLocale(lesson, 'ti', 'en', 'ar')).toBe('ar');
    expect(lessonLocale(lesson, 'ti', 'en', 'nl')).toBe('en');
    expect(lessonLocale(lesson, 'ti', 'en')).toBe('en');
  });
  test('localized texts follow the same chain', () => {
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'ti')).toBe('Bonjour');
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'en')).toBe('Hello');
    // The language it is shown in, so the page can mark a fallback as French.
    expect(localizedText({ fr: 'Bonjour', en: 'Hello' }, 'ar')).toEqual({ text: 'Bonjour', locale: 'fr' });
  });
});
