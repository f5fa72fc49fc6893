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
  test('sql tables and responses are copied within their limits', () => {
    const rows = Array.from({ length: 600 }, (_, i) => [i, 'x'.repeat(20_000), { evil: true }, null]);
    const read = readEnvelope({ nonce, message: { type: 'sql', table: { sql: 'SELECT 1', line: 2, columns: ['n', 't', 'o', 'z'], rows, total: 600 } } }, nonce);
    if (read?.type !== 'sql') throw new Error('not a table');
    expect(read.table.rows).toHaveLength(500);
    expect(read.table.rows[1]).toEqual([1, 'x'.repeat(10_000), null, null]);
    expect(readEnvelope({ nonce, message: { type: 'sql', table: { sql: 'x', line: 'one', columns: [], rows: [], total: 0 } } }, nonce)).toBeUndefined();
    const response = { status: 201.5, statusText: 'Created', headers: [['content-type', 'application/json'], ['bad', 3]], body: '{}', extra: 1 };
    expect(readEnvelope({ nonce, message: { type: 'response', response } }, nonce)).toEqual({
      type: 'response', response: { status: 201, statusText: 'Created', headers: [['content-type', 'application/json']], body: '{}' },
    });
    expect(readEnvelope({ nonce, message: { type: 'position', file: 'query.sql', line: 3 } }, nonce)).toEqual({ type: 'position', file: 'query.sql', line: 3 });
  });
});
