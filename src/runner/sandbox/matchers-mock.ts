/**
 * Jest's matchers on mock functions (`toHaveBeenCalled`, `toHaveBeenCalledWith`, `toHaveReturnedWith` …),
 * with the messages naming the function and what it was really called with. DOM-free.
 */
import { equals } from './equality.ts';
import { formatValue } from './format.ts';
import { arrayJoin } from './intrinsics.ts';
import { message } from '../messages.ts';
import { broken, type Failure, type Matcher, type MatcherName, type Outcome } from './matcher-kit.ts';
import { mockState, type MockState } from './mock.ts';

/** `(1, 'a')`: one call's arguments as the learner would have written them. */
function callText(args: readonly unknown[]): string {
  const shown: string[] = [];
  for (let i = 0; i < args.length; i++) shown[i] = formatValue(args[i]);
  return `(${arrayJoin(shown, ', ')})`;
}

function listText(values: readonly unknown[], render: (value: unknown) => string): string {
  const shown: string[] = [];
  for (let i = 0; i < values.length && i < 10; i++) shown[i] = render(values[i]);
  if (values.length > 10) shown[10] = `… +${values.length - 10}`;
  return arrayJoin(shown, ' ; ');
}

const returned = (state: MockState): unknown[] => {
  const values: unknown[] = [];
  for (let i = 0; i < state.results.length; i++) {
    const result = state.results[i];
    if (result?.type === 'return') values[values.length] = result.value;
  }
  return values;
};

/** A mock matcher: checks `received` is a mock, then decides with its recorded state. */
function onMock(decide: (state: MockState, name: string, args: unknown[]) => Outcome): Matcher {
  return (_, received, ...args) => {
    const state = mockState(received);
    if (!state) return broken('runner:expect.notAMock', received);
    const name = (received as { getMockName: () => string }).getMockName();
    return decide(state, name, args);
  };
}

/** The failure of a mock matcher: `runner:expect.<name>` or its `.not` form, with the mock's name. */
function report(name: MatcherName | 'neverCalled', params: Record<string, string | number>, received = ''): (negated: boolean) => Failure {
  return (negated) => ({
    message: message(name === 'neverCalled' ? 'runner:expect.neverCalled' : `runner:expect.${negated ? 'not.' : ''}${name}`, { ...params, received }),
    ...(params.expected === undefined ? {} : { expected: String(params.expected) }),
    ...(received ? { received } : {}),
  });
}

const calledWith = (state: MockState, expected: unknown[]) => {
  for (let i = 0; i < state.calls.length; i++) if (equals(state.calls[i], expected)) return true;
  return false;
};

const callsText = (state: MockState) => listText(state.calls, (args) => callText(args as unknown[]));

export const MOCK_MATCHERS = {
  toHaveBeenCalled: onMock((state, name) => ({
    pass: state.calls.length > 0,
    failure: report('toHaveBeenCalled', { name, count: state.calls.length }, callsText(state)),
  })),
  toHaveBeenCalledTimes: onMock((state, name, [times]) => ({
    pass: state.calls.length === times,
    failure: report('toHaveBeenCalledTimes', { name, count: state.calls.length, expected: Number(times) }, callsText(state)),
  })),
  toHaveBeenCalledWith: onMock((state, name, expected) => ({
    pass: calledWith(state, expected),
    failure: report(state.calls.length === 0 ? 'neverCalled' : 'toHaveBeenCalledWith', { name, expected: callText(expected) }, callsText(state)),
  })),
  toHaveBeenLastCalledWith: onMock((state, name, expected) => ({
    pass: state.lastCall !== undefined && equals(state.lastCall, expected),
    failure: report('toHaveBeenLastCalledWith', { name, expected: callText(expected) }, state.lastCall ? callText(state.lastCall) : ''),
  })),
  toHaveBeenNthCalledWith: onMock((state, name, [n, ...expected]) => {
    const call = state.calls[Number(n) - 1];
    return {
      pass: call !== undefined && equals(call, expected),
      failure: report('toHaveBeenNthCalledWith', { name, n: Number(n), expected: callText(expected) }, call ? callText(call) : ''),
    };
  }),
  toHaveReturned: onMock((state, name) => ({
    pass: returned(state).length > 0,
    failure: report('toHaveReturned', { name, count: returned(state).length }),
  })),
  toHaveReturnedTimes: onMock((state, name, [times]) => ({
    pass: returned(state).length === times,
    failure: report('toHaveReturnedTimes', { name, count: returned(state).length, expected: Number(times) }),
  })),
  toHaveReturnedWith: onMock((state, name, [value]) => {
    const values = returned(state);
    let pass = false;
    for (let i = 0; i < values.length && !pass; i++) pass = equals(values[i], value);
    return { pass, failure: report('toHaveReturnedWith', { name, expected: formatValue(value) }, listText(values, formatValue)) };
  }),
  toHaveLastReturnedWith: onMock((state, name, [value]) => {
    const last = state.results[state.results.length - 1];
    const pass = last?.type === 'return' && equals(last.value, value);
    return { pass, failure: report('toHaveLastReturnedWith', { name, expected: formatValue(value) }, last?.type === 'return' ? formatValue(last.value) : '') };
  }),
} satisfies Record<string, Matcher>;

/** Jest's older names for the same matchers. */
export const MOCK_ALIASES = {
  toBeCalled: MOCK_MATCHERS.toHaveBeenCalled,
  toBeCalledTimes: MOCK_MATCHERS.toHaveBeenCalledTimes,
  toBeCalledWith: MOCK_MATCHERS.toHaveBeenCalledWith,
  lastCalledWith: MOCK_MATCHERS.toHaveBeenLastCalledWith,
  nthCalledWith: MOCK_MATCHERS.toHaveBeenNthCalledWith,
  toReturn: MOCK_MATCHERS.toHaveReturned,
  toReturnTimes: MOCK_MATCHERS.toHaveReturnedTimes,
  toReturnWith: MOCK_MATCHERS.toHaveReturnedWith,
  lastReturnedWith: MOCK_MATCHERS.toHaveLastReturnedWith,
} satisfies Record<string, Matcher>;
