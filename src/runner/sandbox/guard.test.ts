import { describe, expect, test } from 'vitest';
import { TURNS_PER_CALL } from '../protocol.ts';
import { CHECK_MS, createGuard, LoopTimeout, MAX_STRIDE } from './guard.ts';

function setup(budgetMs: number, deadline = Infinity) {
  const clock = { now: 0, reads: 0 };
  const pending: (() => void)[] = [];
  const trips: string[] = [];
  const guard = createGuard({
    budgetMs,
    deadline,
    now: () => (clock.reads++, clock.now),
    later: (callback) => void pending.push(callback),
    onTrip: (file, line, reason) => void trips.push(`${file}:${line} ${reason}`),
  });
  const endTask = () => pending.splice(0).forEach((callback) => callback());
  return { clock, guard, trips, endTask };
}

/** Calls the guard until it throws, advancing the clock 1 ms per call. */
function loop(guard: (file: string, line: number) => void, clock: { now: number }, max = 10_000): unknown {
  for (let i = 0; i < max; i++) {
    clock.now += 1;
    try {
      guard('script.js', 3);
    } catch (error) {
      return error;
    }
  }
  return undefined;
}

describe('loop guard', () => {
  test('throws LoopTimeout once a task loops past its budget, and reports the place', () => {
    const { clock, guard, trips } = setup(500);
    const error = loop(guard, clock);
    expect(error).toBeInstanceOf(LoopTimeout);
    expect(clock.now).toBeLessThan(600);
    expect(trips).toEqual(['script.js:3 budget']);
  });

  test('keeps throwing in the same task, so catching it does not help', () => {
    const { clock, guard } = setup(100);
    loop(guard, clock);
    expect(() => guard('script.js', 9)).toThrow(LoopTimeout);
  });

  test('a new task gets a fresh budget (a live preview keeps working)', () => {
    const { clock, guard, endTask } = setup(100);
    loop(guard, clock);
    endTask();
    expect(() => guard('script.js', 3)).not.toThrow();
  });

  test('the run deadline stops loops even in a fresh task', () => {
    const { clock, guard } = setup(10_000, 50);
    expect(loop(guard, clock)).toBeInstanceOf(LoopTimeout);
    expect(clock.now).toBeLessThan(150);
  });

  test('the deadline trip says so', () => {
    const { clock, guard, trips } = setup(10_000, 50);
    const error = loop(guard, clock);
    expect(error).toMatchObject({ reason: 'deadline', line: 3 });
    expect(trips).toEqual(['script.js:3 deadline']);
  });

  test('fast turns are counted, not timed: the clock is read rarely', () => {
    const { clock, guard } = setup(500);
    for (let i = 0; i < 1_000_000; i++) guard('script.js', 3);
    // The stride doubles while reads are close together, up to MAX_STRIDE: a few dozen reads, not a million.
    expect(clock.reads).toBeLessThan(14 + 1_000_000 / MAX_STRIDE + 2);
  });

  test('turns that get slower are read more often, so a budget is never overshot by much', () => {
    const { clock, guard } = setup(500);
    for (let i = 0; i < 1_000_000; i++) guard('script.js', 3);
    // Every turn now takes 1 ms: one stride of overshoot at most, then the stride falls back at once.
    const error = loop(guard, clock);
    expect(error).toBeInstanceOf(LoopTimeout);
    expect(clock.now).toBeLessThan(500 + MAX_STRIDE + 10 * CHECK_MS);
  });

  test('every task starts reading the clock often again', () => {
    const { clock, guard, endTask } = setup(500);
    for (let i = 0; i < 1_000_000; i++) guard('script.js', 3);
    endTask();
    const error = loop(guard, clock);
    expect(error).toBeInstanceOf(LoopTimeout);
    expect(clock.now).toBeLessThan(500 + 10 * CHECK_MS);
  });

  test('a new task started by the runner gets a fresh budget', () => {
    const { clock, guard } = setup(100);
    for (let i = 0; i < 90; i++) loop(guard, clock, 1);
    guard.newTask();
    expect(loop(guard, clock, 90)).toBeUndefined();
  });

  test('a loop whose pauses grow (a huge array copied) stops before the next pause would pass the limit', () => {
    const { clock, guard } = setup(1_000);
    guard('script.js', 3);
    let pause = 1;
    const error = loop(() => {
      clock.now += pause;
      pause *= 2;
      guard('script.js', 3);
    }, { now: 0 });
    expect(error).toBeInstanceOf(LoopTimeout);
    expect(clock.now).toBeLessThan(1_000);
  });

  test('short loops never trip', () => {
    const { clock, guard } = setup(500);
    expect(loop(guard, clock, 400)).toBeUndefined();
  });

  test('the first function call of a run calls the guard, then every call of the guard restarts the count', () => {
    const { guard } = setup(500);
    // Guarded functions call the guard once `--calls` goes below 0.
    expect(guard.calls).toBe(0);
    guard('script.js', 3);
    expect(guard.calls).toBe(TURNS_PER_CALL - 1);
    guard.calls = -5;
    guard('script.js', 3);
    expect(guard.calls).toBe(TURNS_PER_CALL - 1);
  });
});
