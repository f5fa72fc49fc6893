import { expect, test } from 'vitest';
import english from '../i18n/locales/en/runner.json';
import { messageText } from './message-text.ts';

test('a message reads as its text with every value filled in', () => {
  expect(messageText({ key: 'runner:missingExport', params: { name: 'total', module: 'cart.js' } }, english)).toBe(english.missingExport.replace('{{name}}', 'total').replace('{{module}}', 'cart.js'));
  expect(messageText({ key: 'runner:expect.not.equal', params: { expected: '3' } }, english)).toContain('3');
  expect(messageText({ key: 'runner:timeout', params: { seconds: 3, line: 4, file: 'a.js' } }, english)).not.toMatch(/\{\{/);
});

test('an unknown key keeps its values rather than printing a bare key', () => {
  expect(messageText({ key: 'runner:nope', params: { line: 4 } }, english)).toBe('runner:nope {"line":4}');
  expect(messageText({ key: 'runner:nope' }, english)).toBe('runner:nope');
});
