import { describe, expect, test } from 'vitest';
import { freshness, sourceVersion, stampSourceVersion } from './freshness.ts';

describe('translation freshness', () => {
  const source = '---\ntitle: Une page\n---\n\n## Texte\n\nUne phrase.\n';

  test('the fingerprint is stable and short', () => {
    expect(sourceVersion(source)).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceVersion(source)).toBe(sourceVersion(source));
  });

  test('spacing edits are not changes; words are', () => {
    expect(sourceVersion(source.replace('Une phrase.', 'Une phrase.   ').replace('\n\n', '\n\n\n'))).toBe(sourceVersion(source));
    expect(sourceVersion(source.replace('\n', '\r\n'))).toBe(sourceVersion(source));
    expect(sourceVersion(source.replace('phrase', 'Phrase'))).not.toBe(sourceVersion(source));
    expect(sourceVersion(source.replace('Une phrase.', 'Une phrase. Une autre.'))).not.toBe(sourceVersion(source));
  });

  test('a translation is fresh, outdated or unstamped', () => {
    const now = sourceVersion(source);
    expect(freshness(true, undefined, now)).toBe('source');
    expect(freshness(false, now, now)).toBe('fresh');
    expect(freshness(false, '0000000000000000', now)).toBe('outdated');
    expect(freshness(false, undefined, now)).toBe('unstamped');
  });

  test('stamping writes or replaces source_version in the frontmatter only', () => {
    const translation = '---\ntitle: A page\n---\n\nsource_version: in the body\n';
    const once = stampSourceVersion(translation, 'aaaa') ?? '';
    expect(once).toBe('---\ntitle: A page\nsource_version: "aaaa"\n---\n\nsource_version: in the body\n');
    expect(stampSourceVersion(once, 'bbbb')).toBe(once.replace('aaaa', 'bbbb'));
    expect(stampSourceVersion('no frontmatter', 'x')).toBeUndefined();
  });
});
