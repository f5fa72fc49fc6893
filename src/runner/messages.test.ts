import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGE_KEYS } from './messages.ts';

const LOCALES = join(import.meta.dirname, '..', 'i18n', 'locales');

function lookup(locale: string, key: string): unknown {
  const data = JSON.parse(readFileSync(join(LOCALES, locale, 'runner.json'), 'utf8')) as Record<string, unknown>;
  return key.replace(/^runner:/, '').split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);
}

describe('runner messages', () => {
  for (const locale of ['fr', 'en']) {
    test(`every key the runner emits has ${locale} text`, () => {
      expect(MESSAGE_KEYS.filter((key) => typeof lookup(locale, key) !== 'string')).toEqual([]);
    });
  }
});
