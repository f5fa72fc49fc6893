import { describe, expect, test } from 'vitest';
import { qrCode } from './qr.ts';

describe('QR code of a link', () => {
  test('a short link gives a small code with its finder patterns', () => {
    const code = qrCode('https://school.example/learn/#/help/1.eJxLz0cB');
    expect(code?.size).toBeGreaterThanOrEqual(21);
    expect(code?.size).toBeLessThan(60);
    // The top-left finder pattern has its corner at 0,0.
    expect(code?.path).toMatch(/[ML]0 0[LZ]/);
  });

  test('a longer link gives a larger code', () => {
    expect(qrCode(`https://x.example/#/help/1.${'a'.repeat(1500)}`)!.size).toBeGreaterThan(qrCode('https://x.example/')!.size);
  });

  test('a link too long for any QR code gives none, rather than a code phones cannot read', () => {
    expect(qrCode(`https://x.example/#/help/1.${'a'.repeat(3500)}`)).toBeUndefined();
  });
});
