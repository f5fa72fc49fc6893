import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { text } from '../progress/guards.ts';
import { HELP_SCHEMA, type HelpRequest } from './help-request.ts';
import {
  decodeLink,
  encodeLink,
  linkUrl,
  MAX_PAYLOAD_BYTES,
  MAX_TOKEN_CHARS,
  readShareFile,
  readShareText,
  refusalKey,
  SHARE_REFUSALS,
  shareFileText,
  type ShareSchema,
} from './link-codec.ts';

const request: HelpRequest = {
  lesson: 'front-end/first-page',
  exercise: 'say-hello',
  files: [
    { name: 'index.html', content: '<h1>Bonjour — مرحبا 😀</h1>\n<p class="x">&amp; "quotes"</p>' },
    { name: 'style.css', content: 'h1 { color: teal; }' },
  ],
  from: 'Amina',
  note: 'Mon titre ne change pas de couleur.',
  reply: false,
};

/** Another kind, for links opened on the wrong page. */
const PLAN: ShareSchema<'plan', string> = { kind: 'plan', version: 1, read: (data) => text(data, 'plan') };

/** A token for any JSON, made independently of the codec (Node's own base64url). */
const tokenOf = (json: unknown, format = 1) => `${format}.${Buffer.from(zlibSync(new TextEncoder().encode(JSON.stringify(json)))).toString('base64url')}`;
const envelope = (fields: Record<string, unknown>) => ({ app: 'sirius-learn', kind: 'help', version: 1, data: request, ...fields });

describe('a share link', () => {
  test('round-trips the payload exactly, in URL-safe characters', () => {
    const token = encodeLink(HELP_SCHEMA, request);
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeLink(HELP_SCHEMA, token)).toEqual({ ok: true, payload: { kind: 'help', version: 1, data: request } });
  });

  test('is compressed: repetitive code takes far fewer characters than it holds', () => {
    const long = { ...request, files: [{ name: 'index.html', content: '<li>Pain au chocolat</li>\n'.repeat(400) }] };
    expect(encodeLink(HELP_SCHEMA, long).length).toBeLessThan(1_000);
  });

  test('goes after the app address, whatever host, sub-path or file it is served from', () => {
    expect(linkUrl('https://school.example/learn/#/lesson/a/b', 'help', '1.abc')).toBe('https://school.example/learn/#/help/1.abc');
    expect(linkUrl('file:///media/usb/dist/index.html', 'help', '1.abc')).toBe('file:///media/usb/dist/index.html#/help/1.abc');
  });

  test('cut anywhere (a messaging app shortened it) is refused as damaged', () => {
    const token = encodeLink(HELP_SCHEMA, request);
    for (let length = 2; length < token.length; length++) {
      expect(decodeLink(HELP_SCHEMA, token.slice(0, length)), `cut at ${length}`).toMatchObject({ ok: false, reason: 'damaged' });
    }
  });

  test('altered in any one character is refused, or still reads as exactly what was sent', () => {
    const token = encodeLink(HELP_SCHEMA, request);
    let refused = 0;
    for (let at = 2; at < token.length; at++) {
      const altered = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
      const result = decodeLink(HELP_SCHEMA, altered);
      if (result.ok) expect(result.payload.data).toEqual(request);
      else refused++;
    }
    // Only the unused low bits of the last character can change without changing a byte.
    expect(refused).toBeGreaterThanOrEqual(token.length - 3);
  });

  test('over the length cap is refused before any decoding', () => {
    expect(decodeLink(HELP_SCHEMA, `1.${'A'.repeat(MAX_TOKEN_CHARS)}`)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('that inflates beyond the cap (a zip bomb) is refused', () => {
    const bomb = `1.${Buffer.from(zlibSync(new Uint8Array(10 * MAX_PAYLOAD_BYTES), { level: 9 })).toString('base64url')}`;
    expect(bomb.length).toBeLessThan(MAX_TOKEN_CHARS);
    expect(decodeLink(HELP_SCHEMA, bomb)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test.each([
    ['an empty text', ''],
    ['a word', 'bonjour'],
    ['a web address', 'https://example.com/?q=1'],
    ['percent-encoded text', '%E0%A4%A'],
    ['JSON in clear', '{"app":"sirius-learn"}'],
  ])('%s is refused as not ours', (_, token) => {
    expect(decodeLink(HELP_SCHEMA, token)).toMatchObject({ ok: false, reason: 'not-ours' });
  });

  test.each([
    ['characters outside base64url', '1.abc$def'],
    ['compressed data that is not zlib', `1.${Buffer.from('not compressed at all').toString('base64url')}`],
    ['zlib of text that is not JSON', `1.${Buffer.from(zlibSync(new TextEncoder().encode('hello'))).toString('base64url')}`],
    ['zlib of bytes that are not UTF-8', `1.${Buffer.from(zlibSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toString('base64url')}`],
    ['an older, unknown link format', `0.${encodeLink(HELP_SCHEMA, request).slice(2)}`],
  ])('%s is refused as damaged', (_, token) => {
    expect(decodeLink(HELP_SCHEMA, token)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  test.each([
    ['JSON of another app', { app: 'other', kind: 'help', version: 1, data: request }],
    ['a list', [1, 2, 3]],
  ])('%s in a well-made link is refused as not ours', (_, json) => {
    expect(decodeLink(HELP_SCHEMA, tokenOf(json))).toMatchObject({ ok: false, reason: 'not-ours' });
  });

  test('a newer link format or data version is refused as from the future', () => {
    expect(decodeLink(HELP_SCHEMA, tokenOf(envelope({}), 2))).toMatchObject({ ok: false, reason: 'future-version' });
    expect(decodeLink(HELP_SCHEMA, tokenOf(envelope({ version: 2 })))).toMatchObject({ ok: false, reason: 'future-version' });
  });

  test.each([0, -1, 1.5, '1', null])('version %j is refused as invalid', (version) => {
    expect(decodeLink(HELP_SCHEMA, tokenOf(envelope({ version })))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('a backup file’s JSON is ours but of another kind', () => {
    expect(decodeLink(HELP_SCHEMA, tokenOf({ app: 'sirius-learn', kind: 'progress', version: 3 }))).toMatchObject({ ok: false, reason: 'wrong-kind' });
  });

  test('a link of another kind is refused as such, both ways', () => {
    expect(decodeLink(PLAN, encodeLink(HELP_SCHEMA, request))).toMatchObject({ ok: false, reason: 'wrong-kind' });
    expect(decodeLink(HELP_SCHEMA, encodeLink(PLAN, 'Mardi'))).toMatchObject({ ok: false, reason: 'wrong-kind' });
    expect(decodeLink(PLAN, encodeLink(PLAN, 'Mardi'))).toMatchObject({ ok: true, payload: { kind: 'plan', data: 'Mardi' } });
  });

  test('data that fails the kind’s schema is refused as invalid, with the field in the detail', () => {
    const result = decodeLink(HELP_SCHEMA, tokenOf(envelope({ data: { ...request, lesson: '../../etc' } })));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.detail).toContain('lesson');
  });
});

describe('a share file', () => {
  test('holds the same content as the link, readable, and round-trips', () => {
    const file = shareFileText(HELP_SCHEMA, request);
    expect(JSON.parse(file)).toEqual({ app: 'sirius-learn', kind: 'help', version: 1, data: request });
    expect(readShareText(HELP_SCHEMA, file)).toEqual({ ok: true, payload: { kind: 'help', version: 1, data: request } });
  });

  test('is read from a Blob the learner picked', async () => {
    const blob = new Blob([shareFileText(HELP_SCHEMA, request)], { type: 'application/json' });
    expect(await readShareFile(HELP_SCHEMA, blob)).toMatchObject({ ok: true, payload: { data: request } });
  });

  test('over the size cap is refused before it is read', async () => {
    const huge = new Blob([new Uint8Array(MAX_PAYLOAD_BYTES + 1)]);
    expect(await readShareFile(HELP_SCHEMA, huge)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(readShareText(HELP_SCHEMA, ' '.repeat(MAX_PAYLOAD_BYTES + 1))).toMatchObject({ ok: false, reason: 'too-large' });
    // Fewer characters than the cap, more UTF-8 bytes.
    expect(readShareText(HELP_SCHEMA, 'é'.repeat(MAX_PAYLOAD_BYTES / 2 + 1))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('cut short is refused as damaged; a picture or text file as not ours', () => {
    const file = shareFileText(HELP_SCHEMA, request);
    expect(readShareText(HELP_SCHEMA, file.slice(0, file.length / 2))).toMatchObject({ ok: false, reason: 'damaged' });
    expect(readShareText(HELP_SCHEMA, '\u0089PNG\r\n')).toMatchObject({ ok: false, reason: 'not-ours' });
    expect(readShareText(HELP_SCHEMA, 'Bonjour')).toMatchObject({ ok: false, reason: 'not-ours' });
  });

  test('goes through the same checks as a link: kind, version, schema', () => {
    expect(readShareText(PLAN, shareFileText(HELP_SCHEMA, request))).toMatchObject({ ok: false, reason: 'wrong-kind' });
    expect(readShareText(HELP_SCHEMA, JSON.stringify(envelope({ version: 9 })))).toMatchObject({ ok: false, reason: 'future-version' });
    expect(readShareText(HELP_SCHEMA, JSON.stringify(envelope({ data: { ...request, files: [] } })))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('refusal messages', () => {
  for (const { code } of LANGUAGES) {
    test(`every refusal of a link and of a file has a message in ${code}`, () => {
      const strings = JSON.parse(readFileSync(join(import.meta.dirname, `../i18n/locales/${code}/share.json`), 'utf8')) as Record<string, unknown>;
      for (const source of ['link', 'file'] as const) {
        for (const reason of SHARE_REFUSALS) {
          const path = refusalKey(source, reason).replace(/^share:/, '').split('.');
          const message = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], strings);
          expect(typeof message === 'string' && message.length > 0, `${source} ${reason}`).toBe(true);
        }
      }
    });
  }
});
