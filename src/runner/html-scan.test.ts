import { describe, expect, test } from 'vitest';
import { lineAt, scanHtml } from './html-scan.ts';

describe('scanHtml', () => {
  test('finds tags with attributes in any quoting, after the doctype', () => {
    const html = '<!DOCTYPE html>\n<link rel=stylesheet href="style.css"><script src=\'script.js\' defer></script>';
    const { afterDoctype, tags } = scanHtml(html);
    expect(afterDoctype).toBe(15);
    expect(tags.map((tag) => [tag.name, tag.attributes])).toEqual([
      ['link', { rel: 'stylesheet', href: 'style.css' }],
      ['script', { src: 'script.js', defer: '' }],
    ]);
  });

  test('script content is raw text up to </script>, markup inside it is not a tag', () => {
    const html = '<script>if (a < b) el.innerHTML = "<p>";</script><p>after</p>';
    const { tags } = scanHtml(html);
    const script = tags[0];
    expect(script && html.slice(script.content?.start, script.content?.end)).toBe('if (a < b) el.innerHTML = "<p>";');
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'p']);
  });

  test('comments hide tags; no doctype means offset 0', () => {
    const { afterDoctype, tags } = scanHtml('<!-- <script src="x.js"></script> --><h1>Hi</h1>');
    expect(afterDoctype).toBe(0);
    expect(tags.map((tag) => tag.name)).toEqual(['h1']);
  });

  test('an unclosed script runs to the end', () => {
    const html = '<script>let a = 1;';
    expect(scanHtml(html).tags[0]?.content).toEqual({ start: 8, end: html.length, elementEnd: html.length });
  });

  test('lineAt counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
