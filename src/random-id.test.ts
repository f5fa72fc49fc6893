import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomId } from './random-id.ts';

describe('randomId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives 32 hex digits, different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, randomId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('needs no secure context: works where randomUUID is missing', () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(randomId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
