import { describe, expect, test } from 'vitest';
import { checked } from '../progress/guards.ts';
import { HELP_SCHEMA, MAX_HELP_FILE_CHARS, MAX_HELP_FILES, MAX_HELP_NOTE, type HelpRequest } from './help-request.ts';

const good: HelpRequest = {
  lesson: 'back-end/first-route',
  exercise: 'hello-api',
  files: [{ name: 'src/server.js', content: 'export default {}' }],
  from: 'محمد',
  note: '',
  reply: true,
};
const read = (data: unknown) => checked(() => HELP_SCHEMA.read(data, 1));

describe('help request data', () => {
  test('reads good data as it is', () => {
    expect(read(good)).toEqual({ ok: true, value: good });
  });

  test('without a name, a note or the reply flag: empty and false', () => {
    const { from: _from, note: _note, reply: _reply, ...bare } = good;
    expect(read(bare)).toEqual({ ok: true, value: { ...good, from: '', note: '', reply: false } });
  });

  test('drops fields it does not know', () => {
    expect(read({ ...good, script: '<script>alert(1)</script>' })).toEqual({ ok: true, value: good });
  });

  test.each<[string, unknown]>([
    ['not an object', 'help'],
    ['a lesson id that climbs out', { ...good, lesson: '../secret' }],
    ['a lesson id without its track', { ...good, lesson: 'first-route' }],
    ['an exercise id with markup', { ...good, exercise: '<b>x</b>' }],
    ['no files', { ...good, files: [] }],
    ['too many files', { ...good, files: Array.from({ length: MAX_HELP_FILES + 1 }, (_, i) => ({ name: `f${i}.js`, content: '' })) }],
    ['a file name that climbs out', { ...good, files: [{ name: '../index.html', content: '' }] }],
    ['a file name with a control character', { ...good, files: [{ name: 'a\u0000.js', content: '' }] }],
    ['the same file twice', { ...good, files: [good.files[0], good.files[0]] }],
    ['a file whose content is not text', { ...good, files: [{ name: 'a.js', content: 42 }] }],
    ['an oversized file', { ...good, files: [{ name: 'a.js', content: 'x'.repeat(MAX_HELP_FILE_CHARS + 1) }] }],
    ['an oversized note', { ...good, note: 'x'.repeat(MAX_HELP_NOTE + 1) }],
    ['a name longer than a profile name', { ...good, from: 'x'.repeat(61) }],
    ['a reply flag that is not true or false', { ...good, reply: 'yes' }],
  ])('refuses %s', (_, data) => {
    expect(read(data)).toMatchObject({ ok: false });
  });
});
