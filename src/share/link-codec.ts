/**
 * Share links and share files: a typed payload (a help request, a class plan, a progress report) carried with
 * no server, either in a link's `#/<kind>/<token>` fragment or, when the link would be too long for a messaging
 * app, in a small `.sirius.json` file with the same content. Both directions are pure and DOM-free.
 *
 * Whatever arrives is untrusted: `decodeLink` and `readShareText` check sizes before any work (so a zip bomb
 * costs nothing), then the checksum, the header, the kind, the version, and finally the kind's own schema.
 * They never throw; a refusal names its reason, and `refusalKey` turns it into a translated message.
 */
import { Unzlib, zlibSync } from 'fflate';
import { checked, isObject } from '../progress/guards.ts';
import { FILE_APP } from '../progress/keys.ts';
import type { TranslationKey } from '../i18n/translation-key.ts';

export const SHARE_KINDS = ['help', 'plan', 'report'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/**
 * What a kind's module gives the codec: its name, the data version this build writes, and `read`, which turns
 * untrusted data of any version up to `version` into typed data, throwing `Invalid` (progress/guards.ts) on
 * anything wrong. `read` is the only place that kind's data is validated.
 */
export interface ShareSchema<K extends ShareKind, T> {
  readonly kind: K;
  readonly version: number;
  read(data: unknown, version: number): T;
}

/** What a link or file carries: the kind, the data version it was written with, and the checked data. */
export interface SharePayload<K extends ShareKind, T> {
  kind: K;
  version: number;
  data: T;
}

/**
 * Why a link or file was refused. `damaged`: cut or altered on the way (checksum, compression, JSON);
 * `too-large`: over a size cap; `not-ours`: not from Sirius Learn; `wrong-kind`: a Sirius link of another kind
 * (a class plan opened as a help request); `future-version`: from a newer version of the app; `invalid`:
 * well-formed but its content fails the kind's schema.
 */
export const SHARE_REFUSALS = ['damaged', 'too-large', 'not-ours', 'wrong-kind', 'future-version', 'invalid'] as const;
export type ShareRefusal = (typeof SHARE_REFUSALS)[number];

export type ShareResult<K extends ShareKind, T> =
  | { ok: true; payload: SharePayload<K, T> }
  | { ok: false; reason: ShareRefusal; detail: string };

/** Where the refused text came from: the message says "this link" or "this file". */
export type ShareSource = 'link' | 'file';

/** The translation key of a refusal's message (`share:refusal.link.damaged` …). */
export const refusalKey = (source: ShareSource, reason: ShareRefusal): TranslationKey => `share:refusal.${source}.${reason}`;

/** The encoding of a link's token (`1.` then base64url of zlib-compressed JSON); a newer one is refused as future. */
export const LINK_FORMAT = 1;
/**
 * Links longer than this are not offered: messaging apps and QR codes cut or refuse them. The same content
 * then goes into a file.
 */
export const MAX_LINK_LENGTH = 8_000;
/** The longest token we read: twice the longest link we make, so nothing we made is ever refused. */
export const MAX_TOKEN_CHARS = 2 * MAX_LINK_LENGTH;
/** The most JSON a link inflates to or a file holds: an exercise's files are far below. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** Compressed bytes inflated at a time: bounds the memory a hostile link can take before the cap stops it. */
const INFLATE_SLICE = 256;

const refuse = (reason: ShareRefusal, detail: string) => ({ ok: false, reason, detail }) as const;

/** The JSON both a link and a file hold. */
function envelope<K extends ShareKind, T>(schema: ShareSchema<K, T>, data: T) {
  return { app: FILE_APP, kind: schema.kind, version: schema.version, data };
}

/** Checks the parsed JSON of a link or file against `schema`: header, kind, version, then the kind's data. */
function readEnvelope<K extends ShareKind, T>(schema: ShareSchema<K, T>, json: unknown): ShareResult<K, T> {
  if (!isObject(json) || json.app !== FILE_APP) return refuse('not-ours', 'missing app header');
  // Ours but another kind: a class plan opened as a help request, or a backup file (`kind: 'progress'`).
  if (json.kind !== schema.kind) return refuse('wrong-kind', `${String(json.kind)} is not ${schema.kind}`);
  const version = json.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return refuse('invalid', `version: ${String(version)}`);
  if (version > schema.version) return refuse('future-version', `version ${version} is newer than ${schema.version}`);
  const data = checked(() => schema.read(json.data, version));
  if (!data.ok) return refuse('invalid', data.reason);
  return { ok: true, payload: { kind: schema.kind, version, data: data.value } };
}

/** The token of a link carrying `data` (URL-safe: letters, digits, `-`, `_` and one `.`). */
export function encodeLink<K extends ShareKind, T>(schema: ShareSchema<K, T>, data: T): string {
  const json = new TextEncoder().encode(JSON.stringify(envelope(schema, data)));
  return `${LINK_FORMAT}.${toBase64Url(zlibSync(json, { level: 9 }))}`;
}

/**
 * The full address of a link: the app's address (any host, sub-path, USB key) with the `#/<kind>/<token>`
 * route. `appUrl` is usually `location.href`; its own fragment is dropped.
 */
export function linkUrl(appUrl: string, kind: ShareKind, token: string): string {
  return `${appUrl.split('#')[0]}#/${kind}/${token}`;
}

/** Reads a link's token (from the route) as `schema`'s payload, or says why not. Never throws. */
export function decodeLink<K extends ShareKind, T>(schema: ShareSchema<K, T>, token: string): ShareResult<K, T> {
  const text = token.trim();
  if (text.length > MAX_TOKEN_CHARS) return refuse('too-large', `${text.length} characters > ${MAX_TOKEN_CHARS}`);
  const match = /^(\d{1,4})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!match) return refuse(/^\d{1,4}\./.test(text) ? 'damaged' : 'not-ours', 'not a share token');
  if (Number(match[1]) > LINK_FORMAT) return refuse('future-version', `link format ${match[1]}`);
  if (Number(match[1]) !== LINK_FORMAT) return refuse('damaged', `link format ${match[1]}`);
  const bytes = fromBase64Url(match[2] ?? '');
  if (!bytes) return refuse('damaged', 'not base64url');
  const inflated = inflateBounded(bytes, MAX_PAYLOAD_BYTES);
  if (inflated === 'too-large') return refuse('too-large', `inflates beyond ${MAX_PAYLOAD_BYTES} bytes`);
  if (!inflated) return refuse('damaged', 'compressed data or checksum');
  const json = parseJson(inflated);
  return json.ok ? readEnvelope(schema, json.value) : refuse('damaged', json.detail);
}

/** The text of a share file carrying `data` (readable JSON, the same content as the link). */
export function shareFileText<K extends ShareKind, T>(schema: ShareSchema<K, T>, data: T): string {
  return JSON.stringify(envelope(schema, data), null, 1);
}

/** Reads the text of a share file as `schema`'s payload, or says why not. Never throws. */
export function readShareText<K extends ShareKind, T>(schema: ShareSchema<K, T>, text: string): ShareResult<K, T> {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: only texts in between the two bounds pay for an exact count.
  const bytes = text.length * 3 > MAX_PAYLOAD_BYTES ? new TextEncoder().encode(text).length : text.length;
  if (text.length > MAX_PAYLOAD_BYTES || bytes > MAX_PAYLOAD_BYTES) return refuse('too-large', `${bytes} bytes > ${MAX_PAYLOAD_BYTES}`);
  const json = parseJson(text);
  if (json.ok) return readEnvelope(schema, json.value);
  // Broken JSON that starts like ours was cut or altered; anything else is some other file.
  return refuse(text.trimStart().startsWith('{') ? 'damaged' : 'not-ours', json.detail);
}

/** Reads a file the learner picked, refusing an oversized one before loading it into memory. Never rejects. */
export async function readShareFile<K extends ShareKind, T>(schema: ShareSchema<K, T>, file: Blob): Promise<ShareResult<K, T>> {
  if (file.size > MAX_PAYLOAD_BYTES) return refuse('too-large', `${file.size} bytes > ${MAX_PAYLOAD_BYTES}`);
  try {
    return readShareText(schema, await file.text());
  } catch (error) {
    return refuse('damaged', error instanceof Error ? error.message : String(error));
  }
}

function parseJson(input: string | Uint8Array): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one call with every byte as an argument overflows the stack on long inputs.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * Inflates zlib data, stopping as soon as the output passes `max` (a few kilobytes can inflate to gigabytes),
 * and checks its Adler-32 checksum, which the decompressor itself does not: a link cut short or altered by a
 * messaging app is caught here, not misread. `undefined` for data that is not intact zlib.
 */
function inflateBounded(bytes: Uint8Array, max: number): Uint8Array | 'too-large' | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = new Unzlib((chunk) => {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length && size <= max; at += INFLATE_SLICE) {
      stream.push(bytes.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= bytes.length);
    }
  } catch {
    return undefined;
  }
  if (size > max) return 'too-large';
  const output = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  const trailer = bytes.subarray(-4);
  const expected = bytes.length < 6 ? -1 : ((trailer[0]! << 24) | (trailer[1]! << 16) | (trailer[2]! << 8) | trailer[3]!) >>> 0;
  return adler32(output) === expected ? output : undefined;
}

/** The Adler-32 checksum zlib writes after the compressed data (RFC 1950). */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before the sums must be reduced modulo 65521 (zlib's NMAX).
  for (let at = 0; at < bytes.length; at += 5552) {
    const end = Math.min(at + 5552, bytes.length);
    for (let i = at; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
