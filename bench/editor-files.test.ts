import { describe, expect, test } from 'vitest';
import { cutAtLine, htmlFile, jsFile } from './editor-files.ts';

describe('the editor bench files', () => {
  test.each([
    ['HTML', htmlFile],
    ['JavaScript', jsFile],
  ])('a %s file has exactly the lines asked for', (_, make) => {
    expect(make(300).split('\n')).toHaveLength(300);
    expect(make(40).split('\n')).toHaveLength(40);
  });

  test('the HTML page is whole: it opens and closes its document, with CSS in a style attribute', () => {
    const page = htmlFile(300);
    expect(page.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(page.endsWith('</body>\n</html>')).toBe(true);
    expect(page).toContain('style="color: #1d3f72"');
  });

  test('a cut at a line puts that line first in the second part', () => {
    const text = 'one\ntwo\nthree\nfour';
    expect(cutAtLine(text, 3)).toEqual({ before: 'one\ntwo\n', after: 'three\nfour' });
    expect(cutAtLine(text, 1)).toEqual({ before: '', after: text });
    const { before, after } = cutAtLine(htmlFile(300), 151);
    expect(before + after).toBe(htmlFile(300));
    expect(before.split('\n')).toHaveLength(151);
  });

  test('a cut past the last line is refused', () => {
    expect(() => cutAtLine('one\ntwo', 4)).toThrow('fewer than 4 lines');
  });
});
