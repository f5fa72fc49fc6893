import { describe, expect, test } from 'vitest';
import { isolate, textAttributes } from './languages.ts';

describe('text of another language', () => {
  test('is marked with its language and direction, text in the page language is not', () => {
    expect(textAttributes('fr', 'ar')).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(textAttributes('ar', 'fr')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(textAttributes('ar', 'ar')).toEqual({});
  });

  test('inside a sentence is wrapped in first-strong isolate marks', () => {
    expect(isolate('Les liens')).toBe('\u2068Les liens\u2069');
  });
});
