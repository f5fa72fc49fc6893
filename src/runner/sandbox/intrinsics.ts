/**
 * The built-ins the test API and the matchers rely on, captured when the sandbox bundle is evaluated —
 * before any learner code runs — and called uncurried (`call(fn, receiver, ...args)`), so that learner
 * code replacing `Promise.race`, `Array.prototype.push` or `Function.prototype.call` afterwards cannot
 * change what the runner does or what it records. DOM-free.
 */

const { bind, call: functionCall, apply: functionApply } = Function.prototype;

/** `uncurry(Array.prototype.push)(array, item)`: a method turned into a plain function of its receiver. */
const uncurry = (method: Function) => functionCall.call(bind, functionCall, method) as (...args: never[]) => unknown;

export const call = uncurry(functionCall) as (fn: unknown, self: unknown, ...args: unknown[]) => unknown;
export const apply = uncurry(functionApply) as (fn: unknown, self: unknown, args: readonly unknown[]) => unknown;

const ObjectCtor = Object;
export const { keys: objectKeys, defineProperty, getPrototypeOf, getOwnPropertyDescriptor, freeze, create, is: objectIs, assign } = ObjectCtor;
export const propertyIsEnumerable = uncurry(ObjectCtor.prototype.propertyIsEnumerable) as (self: object, key: PropertyKey) => boolean;
export const objectTag = uncurry(ObjectCtor.prototype.toString) as (self: unknown) => string;
export const { ownKeys, apply: reflectApply, construct: reflectConstruct } = Reflect;

export const isArray = Array.isArray;
const ArrayProto = Array.prototype;
export const arrayPush = uncurry(ArrayProto.push) as <T>(array: T[], ...items: T[]) => number;
export const arrayShift = uncurry(ArrayProto.shift) as <T>(array: T[]) => T | undefined;
export const arraySlice = uncurry(ArrayProto.slice) as <T>(array: ArrayLike<T>, start?: number, end?: number) => T[];
export const arrayJoin = uncurry(ArrayProto.join) as (array: readonly unknown[], separator: string) => string;
export const arrayIndexOf = uncurry(ArrayProto.indexOf) as (array: readonly unknown[], item: unknown) => number;
export const arrayFrom = Array.from;

const StringProto = String.prototype;
export const stringIncludes = uncurry(StringProto.includes) as (text: string, part: string) => boolean;
export const stringSlice = uncurry(StringProto.slice) as (text: string, start?: number, end?: number) => string;
export const stringLastIndexOf = uncurry(StringProto.lastIndexOf) as (text: string, part: string) => number;
export const stringSplit = uncurry(StringProto.split) as (text: string, separator: string) => string[];
export const stringReplace = uncurry(StringProto.replace) as (text: string, pattern: string, replacement: string) => string;

const RegExpProto = RegExp.prototype;
export const RegExpCtor = RegExp;
export const regexpExec = uncurry(RegExpProto.exec) as (pattern: RegExp, text: string) => RegExpExecArray | null;
const sourceGetter = getOwnPropertyDescriptor(RegExpProto, 'source')?.get as () => string;
const flagsGetter = getOwnPropertyDescriptor(RegExpProto, 'flags')?.get as () => string;
export const regexpSource = (pattern: RegExp): string => call(sourceGetter, pattern) as string;
export const regexpFlags = (pattern: RegExp): string => call(flagsGetter, pattern) as string;

export const { abs: mathAbs, pow: mathPow, max: mathMax } = Math;
export const numberIsNaN = Number.isNaN;
export const NumberCtor = Number;
export const parseIntFn = parseInt;
export const jsonStringify = JSON.stringify;
export const symbolIterator = Symbol.iterator;

const MapProto = Map.prototype;
export const MapCtor = Map;
export const mapGet = uncurry(MapProto.get) as <K, V>(map: Map<K, V>, key: K) => V | undefined;
export const mapSet = uncurry(MapProto.set) as <K, V>(map: Map<K, V>, key: K, value: V) => Map<K, V>;
export const mapHas = uncurry(MapProto.has) as <K>(map: Map<K, unknown>, key: K) => boolean;
export const mapDelete = uncurry(MapProto.delete) as <K>(map: Map<K, unknown>, key: K) => boolean;
export const mapForEach = uncurry(MapProto.forEach) as <K, V>(map: Map<K, V>, callback: (value: V, key: K) => void) => void;
const mapSizeGetter = getOwnPropertyDescriptor(MapProto, 'size')?.get;
export const mapSize = (map: Map<unknown, unknown>): number => call(mapSizeGetter, map) as number;
const SetProto = Set.prototype;
export const setHas = uncurry(SetProto.has) as <T>(set: Set<T>, value: T) => boolean;
export const setForEach = uncurry(SetProto.forEach) as <T>(set: Set<T>, callback: (value: T) => void) => void;
const setSizeGetter = getOwnPropertyDescriptor(SetProto, 'size')?.get;
export const setSize = (set: Set<unknown>): number => call(setSizeGetter, set) as number;

const WeakSetProto = WeakSet.prototype;
export const WeakSetCtor = WeakSet;
export const weakSetAdd = uncurry(WeakSetProto.add) as <T extends object>(set: WeakSet<T>, value: T) => WeakSet<T>;
export const weakSetHas = uncurry(WeakSetProto.has) as <T extends object>(set: WeakSet<T>, value: unknown) => boolean;
const WeakMapProto = WeakMap.prototype;
export const WeakMapCtor = WeakMap;
export const weakMapGet = uncurry(WeakMapProto.get) as <K extends object, V>(map: WeakMap<K, V>, key: unknown) => V | undefined;
export const weakMapSet = uncurry(WeakMapProto.set) as <K extends object, V>(map: WeakMap<K, V>, key: K, value: V) => WeakMap<K, V>;

export const ErrorCtor = Error;
export const dateTime = uncurry(Date.prototype.getTime) as (date: Date) => number;

const timers = { set: globalThis.setTimeout, clear: globalThis.clearTimeout };
const setTimer = (callback: () => void, ms: number): unknown => call(timers.set, globalThis, callback, ms);
const clearTimer = (id: unknown): void => void call(timers.clear, globalThis, id);

export const PromiseCtor = Promise;
const promiseThen = PromiseCtor.prototype.then;
/**
 * What `then` sees as a promise's constructor: its species is the real Promise, so a learner's
 * `Promise.prototype.constructor` or `Promise[Symbol.species]` never gets a say.
 */
const SPECIES = freeze(create(null, { [Symbol.species]: { value: PromiseCtor } })) as object;

/** The outcome of a settled value, never a thenable (so resolving with it calls no learner code). */
export type Settled = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** A frozen copy without prototype: resolving a promise with it looks up no learner-made `then`. */
export function box<T extends object>(fields: T): Readonly<T> {
  return freeze(assign(create(null) as T, fields));
}
const outcome = (fields: Settled): Settled => box(fields);

/** A promise our own `await` adopts without a lookup: its own `constructor` is the real Promise. */
function trusted<T>(executor: (resolve: (value: T) => void, reject: (error: unknown) => void) => void): Promise<T> {
  const promise = new PromiseCtor<T>(executor);
  defineProperty(promise, 'constructor', { value: PromiseCtor });
  return promise;
}

/** Reacts to a native promise through the captured `then`, whatever learner code did to Promise. */
function react(promise: Promise<unknown>, onValue: (value: unknown) => void, onError: (error: unknown) => void): boolean {
  const own = getOwnPropertyDescriptor(promise, 'constructor');
  try {
    defineProperty(promise, 'constructor', { value: SPECIES, configurable: true });
  } catch {
    // A frozen promise keeps its constructor; the captured `then` still reports the real outcome.
  }
  try {
    call(promiseThen, promise, onValue, onError);
    return true;
  } catch {
    return false;
  } finally {
    try {
      if (own) defineProperty(promise, 'constructor', own);
      else delete (promise as { constructor?: unknown }).constructor;
    } catch {
      // Left as is: our own species holder is harmless.
    }
  }
}

/**
 * Waits for any value (a promise, a thenable or a plain value) and resolves — never rejects — with its
 * outcome. `await settle(x)` is safe even after learner code replaced `Promise.prototype.then`.
 */
export function settle(value: unknown): Promise<Settled> {
  return trusted<Settled>((resolve) => {
    const onValue = (result: unknown) => resolve(outcome({ ok: true, value: result }));
    const onError = (error: unknown) => resolve(outcome({ ok: false, error }));
    const isObject = (typeof value === 'object' && value !== null) || typeof value === 'function';
    if (isObject && react(value as Promise<unknown>, onValue, onError)) return;
    // Not a native promise: adopt it (a thenable's own `then` is the value's own business) then react.
    const adopted = new PromiseCtor<unknown>((adopt) => adopt(value));
    react(adopted, onValue, onError);
  });
}

/** A trusted promise that resolves after `ms` (the runner's deadline timer). */
function delay(ms: number): { promise: Promise<void>; cancel: () => void } {
  let id: unknown;
  const promise = trusted<void>((resolve) => {
    id = setTimer(() => resolve(), ms);
  });
  return { promise, cancel: () => clearTimer(id) };
}

/** Settles with whichever comes first: the value's outcome, or undefined at the timeout. */
export function settleWithin(value: unknown, ms: number): Promise<Settled | undefined> {
  return trusted<Settled | undefined>((resolve) => {
    const timer = delay(ms);
    react(timer.promise, () => resolve(undefined), () => resolve(undefined));
    react(settle(value), (outcome) => {
      timer.cancel();
      resolve(outcome as Settled);
    }, () => undefined);
  });
}

/** A trusted copy of a native promise (e.g. an async function's), so `await` on it calls no learner code. */
function mirror<T>(promise: Promise<T>): Promise<T> {
  return trusted<T>((resolve, reject) => {
    if (!react(promise, resolve as (value: unknown) => void, reject)) reject(new TypeError('not a promise'));
  });
}

/**
 * An async function whose promise is mirrored. Its results must be primitives or `box`ed: resolving with
 * an ordinary object would ask `Object.prototype.then`, which learner code may have added.
 */
export function guarded<Args extends unknown[], Result>(fn: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return (...args) => mirror(reflectApply(fn, undefined, args) as Promise<Result>);
}

export { trusted };
