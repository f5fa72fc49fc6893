import { EditorState } from '@codemirror/state';
import { describe, expect, test } from 'vitest';
import { closingText } from './auto-close.ts';
import { htmlLanguage } from './language.ts';

/** What auto-closing adds when the learner has just typed the character before `|`. */
function afterTyping(source: string): string | null {
  const pos = source.indexOf('|');
  const state = EditorState.create({ doc: source.replace('|', ''), extensions: htmlLanguage });
  return closingText(state, pos, source[pos - 1] ?? '');
}

describe('closing tags as the learner types', () => {
  test('> after an opening tag adds its closing tag', () => {
    expect(afterTyping('<p>|')).toBe('</p>');
    expect(afterTyping('<section class="intro">|')).toBe('</section>');
    expect(afterTyping('<body>\n  <ul>|\n</body>')).toBe('</ul>');
  });

  test('not for void elements, nor elements already closed', () => {
    expect(afterTyping('<img src="a.png" alt="">|')).toBeNull();
    expect(afterTyping('<br>|')).toBeNull();
    expect(afterTyping('<p>|</p>')).toBeNull();
  });

  test('a closing tag further on that belongs to the parent does not count', () => {
    expect(afterTyping('<div>\n  <div>|\n</div>')).toBe('</div>');
  });

  test('> inside an attribute value or in text adds nothing', () => {
    expect(afterTyping('<a title="a>|">')).toBeNull();
    expect(afterTyping('<p>2 >| 1</p>')).toBeNull();
  });

  test('</ gets the name of the nearest open element', () => {
    expect(afterTyping('<div>\n  <p>Bonjour\n  </|')).toBe('p>');
    expect(afterTyping('<div>\n  <p>Bonjour</p>\n</|')).toBe('div>');
    expect(afterTyping('<div>\n  </|\n</div>')).toBeNull();
    expect(afterTyping('1 /| 2')).toBeNull();
  });
});
