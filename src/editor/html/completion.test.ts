import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, test } from 'vitest';
import { htmlCompletion } from './completion.ts';
import { htmlLanguage } from './language.ts';

/** Completes at the `|` of `source`: where it starts, and the labels offered. */
function complete(source: string): { from: number; labels: string[]; result: CompletionResult } | null {
  const pos = source.indexOf('|');
  const state = EditorState.create({ doc: source.replace('|', ''), extensions: htmlLanguage });
  const result = htmlCompletion(new CompletionContext(state, pos, false));
  return result && { from: result.from, labels: result.options.map((option) => option.label), result };
}

describe('HTML completion', () => {
  test('after <, offers the elements allowed in the parent', () => {
    const inBody = complete('<body>\n  <|');
    expect(inBody?.labels).toEqual(expect.arrayContaining(['p', 'h1', 'ul', 'img', 'button']));
    expect(inBody?.labels).not.toContain('li');
    expect(inBody?.labels).not.toContain('html');
    expect(complete('<ul>\n  <|')?.labels).toEqual(['li', 'script', 'template']);
    expect(complete('<html>\n<head>\n  <|')?.labels).toContain('meta');
  });

  test('a partly typed name is replaced from its start', () => {
    const typed = complete('<ul>\n  <l|');
    expect(typed?.from).toBe('<ul>\n  <'.length);
    expect(typed?.labels).toContain('li');
  });

  test('after </, offers the open elements, the nearest first, with the >', () => {
    const closing = complete('<div>\n  <p>Bonjour\n  </|');
    expect(closing?.labels).toEqual(['p', 'div']);
    expect(closing?.result.options[0]?.apply).toBe('p>');
    expect((closing?.result.options[0]?.boost ?? 0) > (closing?.result.options[1]?.boost ?? 0)).toBe(true);
    expect(complete('<div>\n  <p>Bonjour</p>\n  </|')?.labels).toEqual(['div']);
  });

  test('nothing to complete once auto-closing wrote the name', () => {
    expect(complete('<div>\n</|div>')).toBeNull();
  });

  test('inside a tag, offers its own attributes and the global ones', () => {
    const img = complete('<img |');
    expect(img?.labels).toEqual(expect.arrayContaining(['src', 'alt', 'loading', 'class', 'lang']));
    expect(img?.labels).not.toContain('href');
    const typed = complete('<a hr|');
    expect(typed?.from).toBe('<a '.length);
    expect(typed?.labels).toContain('href');
    // Not right after the name: `<img|` still completes the element.
    expect(complete('<img|')?.labels).toContain('img');
  });

  test('a boolean attribute goes in bare, the others with their quotes', () => {
    const options = complete('<input |')?.result.options ?? [];
    expect(options.find((option) => option.label === 'required')?.apply).toBe('required');
    expect(typeof options.find((option) => option.label === 'type')?.apply).toBe('function');
  });

  test('offers the fixed values of an attribute, in or without quotes', () => {
    const quoted = complete('<input type="|">');
    expect(quoted?.from).toBe('<input type="'.length);
    expect(quoted?.labels).toEqual(expect.arrayContaining(['email', 'password', 'checkbox']));
    expect(complete('<a target="_b|">')?.labels).toContain('_blank');
    const bare = complete('<html lang=|');
    expect(bare?.labels).toContain('fr');
    expect(bare?.result.options[0]?.apply).toBe('"fr"');
    expect(complete('<img alt="|">')).toBeNull();
  });

  test('nothing in text between tags', () => {
    expect(complete('<p>Bonj|</p>')).toBeNull();
  });
});
