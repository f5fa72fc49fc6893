import { describe, expect, test } from 'vitest';
import { progressBar } from './progress.ts';

const output = (isTTY: boolean) => {
  const written: string[] = [];
  return { out: { isTTY, write: (text: string) => written.push(text) }, written };
};

describe('the progress line of lessons:check', () => {
  test('off a terminal: plain lines, one per tenth of the way, with the time left', () => {
    const { out, written } = output(false);
    let clock = 0;
    const bar = progressBar(20, out, () => clock);
    for (let done = 1; done <= 20; done++) {
      clock = done * 1000;
      bar.update(done);
    }
    bar.finish();
    expect(written).toHaveLength(10);
    expect(written[0]).toBe('2/20 exercices · encore environ 18 s\n');
    expect(written.at(-1)).toBe('20/20 exercices\n');
    expect(written.join('')).not.toContain('\x1b');
  });

  test('on a terminal: one bar redrawn in place', () => {
    const { out, written } = output(true);
    const bar = progressBar(4, out, () => 0);
    bar.update(2);
    bar.finish();
    expect(written[0]).toBe('\r\x1b[2K[############------------] 2/4 exercices · encore environ 0 s');
    expect(written.at(-1)).toBe('\n');
  });
});
