import { describe, expect, test } from 'vitest';
import { createGuard, LoopTimeout } from './guard.ts';

function setup(budgetMs: number, deadline = Infinity) {
  const clock = { now: 0 };
  const pending: (() => void)[] = [];
  const trips: string[] = [];
  const guard = createGuard({
    budgetMs,
    deadline,
    now: () => clock.now,
    later: (callback) => void pending.push(callback),
    onTrip: (file, line) => void trips.push(`${file}:${line}`),
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
    expect(trips).toEqual(['script.js:3']);
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

  test('short loops never trip', () => {
    const { clock, guard } = setup(500);
    expect(loop(guard, clock, 400)).toBeUndefined();
  });
});
