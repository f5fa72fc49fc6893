/**
 * A record of the built-ins tests depend on (Object, Array, Promise, Function, String, RegExp, JSON,
 * Reflect, Map/Set … and their prototypes), taken when the sandbox bundle is evaluated — before any
 * learner code. A test body runs the trainer's code, which calls these built-ins on the learner's values
 * (`list.forEach(…)`, `await …`): if learner code replaced one, the test cannot be trusted, so the runner
 * fails it and names what was changed. Adding a method to a prototype (`Array.prototype.sum = …`) is
 * allowed where beginners do it; replacing, deleting or intercepting is not. DOM-free.
 */
import { getOwnPropertyDescriptor, getPrototypeOf, objectIs, ownKeys } from './intrinsics.ts';

/** Prototypes a beginner may add plain methods to (a classic exercise); their existing methods stay watched. */
const EXTENSIBLE = new Set<string>(['Array.prototype', 'String.prototype', 'Number.prototype']);

const iteratorPrototype = (iterator: object) => getPrototypeOf(iterator) as object;

const WATCHED: [string, object][] = [
  ['Object', Object], ['Object.prototype', Object.prototype], ['Function.prototype', Function.prototype],
  ['Array', Array], ['Array.prototype', Array.prototype], ['ArrayIterator', iteratorPrototype([][Symbol.iterator]())],
  ['Iterator.prototype', getPrototypeOf(iteratorPrototype([][Symbol.iterator]())) as object],
  ['String', String], ['String.prototype', String.prototype], ['Number', Number], ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype], ['Symbol', Symbol], ['Symbol.prototype', Symbol.prototype],
  ['RegExp', RegExp], ['RegExp.prototype', RegExp.prototype], ['Promise', Promise], ['Promise.prototype', Promise.prototype],
  ['Reflect', Reflect], ['JSON', JSON], ['Error.prototype', Error.prototype],
  ['Map.prototype', Map.prototype], ['MapIterator', iteratorPrototype(new Map().entries())],
  ['Set.prototype', Set.prototype], ['SetIterator', iteratorPrototype(new Set().values())],
  ['WeakMap.prototype', WeakMap.prototype], ['WeakSet.prototype', WeakSet.prototype],
  ['Date.prototype', Date.prototype],
];

interface Entry {
  name: string;
  target: object;
  keys: (string | symbol)[];
  descriptors: PropertyDescriptor[];
  prototype: object | null;
}

const snapshot: Entry[] = WATCHED.map(([name, target]) => {
  const keys = ownKeys(target);
  return { name, target, keys, descriptors: keys.map((key) => getOwnPropertyDescriptor(target, key) as PropertyDescriptor), prototype: getPrototypeOf(target) as object | null };
});

const same = (a: PropertyDescriptor | undefined, b: PropertyDescriptor) =>
  a !== undefined && objectIs(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable;

/**
 * The first built-in learner code replaced, deleted or intercepted (e.g. "Promise.prototype.then"), or
 * undefined when all are as captured. `allowed` values (our own spies, put there by the trainer's tests)
 * do not count.
 */
export function changedBuiltin(allowed: (value: unknown) => boolean): string | undefined {
  for (let i = 0; i < snapshot.length; i++) {
    const entry = snapshot[i] as Entry;
    if (getPrototypeOf(entry.target) !== entry.prototype) return entry.name;
    for (let k = 0; k < entry.keys.length; k++) {
      const key = entry.keys[k] as string | symbol;
      const now = getOwnPropertyDescriptor(entry.target, key);
      if (!same(now, entry.descriptors[k] as PropertyDescriptor) && !allowed(now?.value)) return `${entry.name}.${label(key)}`;
    }
    const keys = ownKeys(entry.target);
    if (keys.length === entry.keys.length) continue;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string | symbol;
      if (known(entry, key)) continue;
      const added = getOwnPropertyDescriptor(entry.target, key);
      const plainMethod = typeof key === 'string' && added !== undefined && 'value' in added && EXTENSIBLE.has(entry.name);
      if (!plainMethod) return `${entry.name}.${label(key)}`;
    }
  }
  return undefined;
}

function known(entry: Entry, key: string | symbol): boolean {
  for (let i = 0; i < entry.keys.length; i++) if (entry.keys[i] === key) return true;
  return false;
}

const label = (key: string | symbol) => (typeof key === 'symbol' ? `[${key.description ?? ''}]` : key);
