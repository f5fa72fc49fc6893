import { expect, test } from 'vitest';
import { watchIdle, type IdleSession } from './idle-watch.ts';

/** A session that counts its checks and touches. */
function countingSession(idle = false) {
  const counts = { checks: 0, touches: 0 };
  const session: IdleSession = {
    idle,
    touch: () => void counts.touches++,
    checkIdle: async () => {
      counts.checks++;
      return idle;
    },
  };
  return { session, counts };
}

test('the watch checks at once: it loads after the first page, and time may already have passed', () => {
  const { session, counts } = countingSession();
  const stop = watchIdle(session);
  expect(counts.checks).toBe(1);
  window.dispatchEvent(new KeyboardEvent('keydown'));
  expect(counts.touches).toBe(1);
  stop();
  window.dispatchEvent(new KeyboardEvent('keydown'));
  expect(counts.touches).toBe(1);
});

test('once idle, the first key does not reach the page: it checks, which shows the picker', () => {
  const { session, counts } = countingSession(true);
  const stop = watchIdle(session);
  let reached = false;
  const listener = () => (reached = true);
  window.addEventListener('keydown', listener);
  window.dispatchEvent(new KeyboardEvent('keydown', { cancelable: true }));
  expect(reached).toBe(false);
  expect(counts.checks).toBe(2);
  window.removeEventListener('keydown', listener);
  stop();
});
