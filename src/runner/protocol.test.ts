import { describe, expect, test } from 'vitest';
import { readEnvelope } from './protocol.ts';

describe('readEnvelope', () => {
  const nonce = 'n-1';
  test('accepts well-formed messages carrying this run\'s nonce', () => {
    const result = { name: 't', path: ['d'], status: 'failed', durationMs: 2, failure: { message: { key: 'runner:expect.equal', params: { expected: '1' } }, line: 3 } };
    expect(readEnvelope({ nonce, message: { type: 'test', result } }, nonce)).toEqual({ type: 'test', result });
    expect(readEnvelope({ nonce, message: { type: 'done' } }, nonce)).toEqual({ type: 'done' });
  });
  test('rejects stale nonces, unknown types and malformed fields', () => {
    expect(readEnvelope({ nonce: 'other', message: { type: 'done' } }, nonce)).toBeUndefined();
    expect(readEnvelope({ nonce, message: { type: 'pwned' } }, nonce)).toBeUndefined();
    expect(readEnvelope({ nonce, message: { type: 'test', result: { name: 't', path: [], status: 'great' } } }, nonce)).toBeUndefined();
    expect(readEnvelope({ nonce, message: { type: 'problem', problem: { kind: 'runtime', message: { key: 'app:other' } } } }, nonce)).toBeUndefined();
    expect(readEnvelope('done', nonce)).toBeUndefined();
  });
  test('copies only known fields and clips long text', () => {
    const entry = { level: 'log', text: 'x'.repeat(200_000), extra: 'dropped', line: 'not a number' };
    expect(readEnvelope({ nonce, message: { type: 'console', entry } }, nonce)).toEqual({ type: 'console', entry: { level: 'log', text: 'x'.repeat(100_000) } });
  });
});
