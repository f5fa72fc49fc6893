import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { UPDATE_CHECK_EVERY_MS, watchForUpdates } from './update-checks.ts';

/** Just what `watchForUpdates` touches of a window: timers, events and `navigator.onLine`. */
function fakeWindow(online: { value: boolean }) {
  const events = new EventTarget();
  return Object.assign(events, {
    navigator: {
      get onLine() {
        return online.value;
      },
    },
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  }) as unknown as Window;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('checks every hour while online, and at once when the network comes back', () => {
  const online = { value: true };
  const target = fakeWindow(online);
  const update = vi.fn(async () => undefined);
  const stop = watchForUpdates({ update }, target);
  vi.advanceTimersByTime(UPDATE_CHECK_EVERY_MS - 1);
  expect(update).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(update).toHaveBeenCalledTimes(1);
  online.value = false;
  vi.advanceTimersByTime(UPDATE_CHECK_EVERY_MS);
  expect(update).toHaveBeenCalledTimes(1);
  online.value = true;
  target.dispatchEvent(new Event('online'));
  expect(update).toHaveBeenCalledTimes(2);
  stop();
  vi.advanceTimersByTime(UPDATE_CHECK_EVERY_MS);
  target.dispatchEvent(new Event('online'));
  expect(update).toHaveBeenCalledTimes(2);
});

test('a failed check is not an error: the next one tries again', async () => {
  const target = fakeWindow({ value: true });
  const update = vi.fn(async () => {
    throw new Error('offline');
  });
  const stop = watchForUpdates({ update }, target, 10);
  vi.advanceTimersByTime(20);
  await Promise.resolve();
  expect(update).toHaveBeenCalledTimes(2);
  stop();
});
