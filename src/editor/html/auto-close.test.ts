import { EditorState } from '@codemirror/state';
import { describe, expect, test } from 'vitest';
import { tagFix } from './auto-close.ts';
import { htmlLanguage } from './language.ts';

/** The fix auto-closing makes when the learner has just typed the character before `|`. */
function afterTyping(source: string) {
  const pos = source.indexOf('|');
  const state = EditorState.create({ doc: source.replace('|', ''), extensions: htmlLanguage });
  return tagFix(state, pos, source[pos - 1] ?? '');
}

describe('closing tags as the learner types', () => {
  test('> after an opening tag adds its closing tag', () => {
    expect(afterTyping('<p>|')).toEqual({ insert: '</p>' });
    expect(afterTyping('<section class="intro">|')).toEqual({ insert: '</section>' });
    expect(afterTyping('<body>\n  <ul>|\n</body>')).toEqual({ insert: '</ul>' });
  });

  test('not for void elements, nor elements already closed', () => {
    expect(afterTyping('<img src="a.png" alt="">|')).toBeNull();
    expect(afterTyping('<br>|')).toBeNull();
    expect(afterTyping('<p>|</p>')).toBeNull();
  });

  test('a closing tag further on that belongs to the parent does not count', () => {
    expect(afterTyping('<div>\n  <div>|\n</div>')).toEqual({ insert: '</div>' });
  });

  test('> inside an attribute value or in text adds nothing', () => {
    expect(afterTyping('<a title="a>|">')).toBeNull();
    expect(afterTyping('<p>2 >| 1</p>')).toBeNull();
  });

  test('</ gets the name of the nearest open element, unless a closing tag follows', () => {
    expect(afterTyping('<div>\n  <p>Bonjour\n  </|')).toEqual({ insert: 'p>' });
    expect(afterTyping('<div>\n  <p>Bonjour</p>\n</|')).toEqual({ insert: 'div>' });
    expect(afterTyping('<div>\n  </|\n</div>')).toBeNull();
    // The learner retypes the closing tag that was added for them: not `</div>` in front of it.
    expect(afterTyping('<div>\n<p>Bonjour</|</p>')).toBeNull();
    expect(afterTyping('1 /| 2')).toBeNull();
  });

  test('a closing tag typed by hand in front of the added one takes its place', () => {
    const source = '<div>\n<p>Bonjour</p>|</p>\n</div>';
    const at = source.indexOf('|');
    expect(afterTyping(source)).toEqual({ remove: { from: at, to: at + '</p>'.length } });
    // Another element's closing tag, or one still needed, stays.
    expect(afterTyping('<div><p>Bonjour</p>|</div>')).toBeNull();
    expect(afterTyping('<div><div>x</div>|</div>')).toBeNull();
  });
});
