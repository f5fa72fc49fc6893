/**
 * Mock functions as Jest and Vitest make them (`jest.fn`, `vi.fn`, `jest.spyOn`): they record every
 * call and result, and can be told what to return. Only mocks made here are recognised by the
 * `toHaveBeenCalled…` matchers. DOM-free.
 */
import {
  arrayPush, arrayShift, assign, create, defineProperty, objectKeys, freeze, getOwnPropertyDescriptor, PromiseCtor, reflectApply, reflectConstruct,
  WeakMapCtor, weakMapGet, weakMapSet,
} from './intrinsics.ts';

type Implementation = (...args: any[]) => unknown;

/** One call's outcome, as in Jest: `incomplete` while the call is still running. */
export interface MockResult {
  type: 'return' | 'throw' | 'incomplete';
  value: unknown;
}

/** `fn.mock`: what the mock saw. */
export interface MockState {
  calls: unknown[][];
  results: MockResult[];
  instances: unknown[];
  contexts: unknown[];
  lastCall: unknown[] | undefined;
}

interface Control {
  state: MockState;
  implementation: Implementation | undefined;
  once: Implementation[];
  name: string;
  /** Puts a spied method back; undefined for `jest.fn()`. */
  restore: (() => void) | undefined;
}

/** A mock function and its methods, as Jest names them (each setter returns the mock, to chain). */
export interface Mock extends Implementation {
  readonly mock: MockState;
  mockImplementation: (fn: Implementation) => Mock;
  mockImplementationOnce: (fn: Implementation) => Mock;
  mockReturnValue: (value: unknown) => Mock;
  mockReturnValueOnce: (value: unknown) => Mock;
  mockResolvedValue: (value: unknown) => Mock;
  mockResolvedValueOnce: (value: unknown) => Mock;
  mockRejectedValue: (error: unknown) => Mock;
  mockRejectedValueOnce: (error: unknown) => Mock;
  mockReturnThis: () => Mock;
  mockName: (name: string) => Mock;
  getMockName: () => string;
  getMockImplementation: () => Implementation | undefined;
  mockClear: () => Mock;
  mockReset: () => Mock;
  mockRestore: () => void;
}

const controls = new WeakMapCtor<object, Control>();

/** What a mock recorded, or undefined when `value` is not one of our mocks. */
export function mockState(value: unknown): MockState | undefined {
  return typeof value === 'function' ? weakMapGet(controls, value)?.state : undefined;
}

export const isMock = (value: unknown): boolean => mockState(value) !== undefined;

const freshState = (): MockState => ({ calls: [], results: [], instances: [], contexts: [], lastCall: undefined });

function createMock(implementation: Implementation | undefined, all: Control[]): Mock {
  const control: Control = { state: freshState(), implementation, once: [], name: 'jest.fn()', restore: undefined };
  const mock = function (this: unknown, ...args: unknown[]): unknown {
    const { state } = control;
    const result: MockResult = { type: 'incomplete', value: undefined };
    arrayPush(state.calls, args);
    arrayPush(state.contexts, this);
    arrayPush(state.instances, new.target ? this : undefined);
    arrayPush(state.results, result);
    state.lastCall = args;
    const run = control.once.length > 0 ? arrayShift(control.once) : control.implementation;
    try {
      const value = run === undefined ? undefined : new.target ? reflectConstruct(run, args, new.target) : reflectApply(run, this, args);
      result.type = 'return';
      result.value = value;
      return value;
    } catch (error) {
      result.type = 'throw';
      result.value = error;
      throw error;
    }
  } as unknown as Mock;
  weakMapSet(controls, mock, control);
  arrayPush(all, control);

  const chain = (change: (value: unknown) => void) => (value?: unknown) => {
    change(value);
    return mock;
  };
  const resolved = (value: unknown) => () => new PromiseCtor((resolve) => resolve(value));
  const rejected = (error: unknown) => () => new PromiseCtor((_, reject) => reject(error));
  const methods: Record<string, unknown> = assign(create(null), {
    mockImplementation: chain((fn) => { control.implementation = fn as Implementation; }),
    mockImplementationOnce: chain((fn) => void arrayPush(control.once, fn as Implementation)),
    mockReturnValue: chain((value) => { control.implementation = () => value; }),
    mockReturnValueOnce: chain((value) => void arrayPush(control.once, () => value)),
    mockResolvedValue: chain((value) => { control.implementation = resolved(value); }),
    mockResolvedValueOnce: chain((value) => void arrayPush(control.once, resolved(value))),
    mockRejectedValue: chain((error) => { control.implementation = rejected(error); }),
    mockRejectedValueOnce: chain((error) => void arrayPush(control.once, rejected(error))),
    mockReturnThis: chain(() => { control.implementation = function (this: unknown) { return this; }; }),
    mockName: chain((name) => { control.name = String(name); }),
    getMockName: () => control.name,
    getMockImplementation: () => control.implementation,
    mockClear: chain(() => clear(control)),
    mockReset: chain(() => reset(control)),
    mockRestore: () => restore(control),
  });
  const names = objectKeys(methods);
  for (let i = 0; i < names.length; i++) defineProperty(mock, names[i] as string, { value: methods[names[i] as string], writable: true, configurable: true });
  defineProperty(mock, 'mock', { get: () => control.state, configurable: true });
  return mock;
}

function clear(control: Control): void {
  control.state = freshState();
}

function reset(control: Control): void {
  clear(control);
  control.implementation = undefined;
  control.once = [];
}

function restore(control: Control): void {
  reset(control);
  control.restore?.();
}

/** `jest.spyOn(object, 'method')`: the method is replaced by a mock that still calls it, until `mockRestore`. */
function spyOn(all: Control[], target: unknown, key: unknown): Mock {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) {
    throw new TypeError(`spyOn() needs an object, but received ${String(target)}`);
  }
  const object = target as Record<PropertyKey, unknown>;
  const name = key as PropertyKey;
  const original = object[name];
  if (isMock(original)) return original as Mock;
  if (typeof original !== 'function') throw new TypeError(`spyOn(): the property ${String(name)} is not a function`);
  const own = getOwnPropertyDescriptor(object, name);
  const spy = createMock(original as Implementation, all);
  const control = weakMapGet(controls, spy) as Control;
  control.name = String(name);
  control.restore = () => {
    if (own) defineProperty(object, name, own);
    else delete object[name];
  };
  defineProperty(object, name, { value: spy, writable: true, configurable: true, enumerable: own?.enumerable ?? false });
  return spy;
}

/** The `jest` / `vi` object: `fn`, `spyOn`, `isMockFunction` and the all-mocks helpers. */
export function createMockApi() {
  const all: Control[] = [];
  const each = (action: (control: Control) => void) => () => {
    for (let i = 0; i < all.length; i++) action(all[i] as Control);
  };
  return freeze({
    fn: (implementation?: Implementation) => createMock(implementation, all),
    spyOn: (target: unknown, key: unknown) => spyOn(all, target, key),
    isMockFunction: isMock,
    clearAllMocks: each(clear),
    resetAllMocks: each(reset),
    restoreAllMocks: each((control) => { if (control.restore) restore(control); }),
  });
}
