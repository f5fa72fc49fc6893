/**
 * Learner code that tampers with built-ins, prototypes, the transport or the test API cannot turn a wrong
 * answer into a pass: each exercise below has a wrong answer plus one tampering, and must stay unpassed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exercise, html, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

/** Each tampering, as code run before the tests (in the page's script, or in the module under test). */
const TAMPERINGS = {
  'Promise.race resolves at once': 'Promise.race = () => Promise.resolve();',
  'Promise.all resolves at once': 'Promise.all = () => Promise.resolve([]);',
  'Promise.prototype.then turns failures into successes': `
    const then = Promise.prototype.then;
    Promise.prototype.then = function (ok, ko) { return then.call(this, ok, (error) => (ok ? ok(undefined) : undefined)); };`,
  'a setter on Object.prototype catches the matchers': `
    for (const name of ['toBe', 'toEqual', 'failure', 'status']) {
      Object.defineProperty(Object.prototype, name, { configurable: true, set(value) { Object.defineProperty(this, '_' + name, { value }); }, get() { return name === 'status' ? 'passed' : () => undefined; } });
    }`,
  'a getter on Object.prototype.then reads what the runner resolves': `
    Object.defineProperty(Object.prototype, 'then', { configurable: true, get() {
      const port = this.port ?? this[0]?.port;
      if (port) port.postMessage({ nonce: this.nonce ?? this[0]?.nonce, message: { type: 'test', result: { name: 'forged', path: [], status: 'passed', durationMs: 0 } } });
      return undefined;
    } });`,
  'JSON.stringify and String are replaced': 'JSON.stringify = () => \'"3"\'; globalThis.String = () => "3";',
  'Array iteration yields nothing': 'Array.prototype[Symbol.iterator] = function* () {}; Array.prototype.forEach = () => {}; Array.prototype.map = function () { return []; };',
  'MessagePort.prototype.postMessage rewrites every result': `
    const send = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (data, ...rest) {
      if (data?.message?.type === 'test') { data.message.result.status = 'passed'; delete data.message.result.failure; }
      return send.call(this, data, ...rest);
    };`,
  'a getter on MessageEvent.prototype steals the port and posts "done"': `
    for (const field of ['data', 'ports']) {
      const real = Object.getOwnPropertyDescriptor(MessageEvent.prototype, field).get;
      Object.defineProperty(MessageEvent.prototype, field, { configurable: true, get() {
        const ports = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports') && real.call(this);
        const data = field === 'data' ? ports : undefined;
        if (data && typeof data.nonce === 'string') self.stolen = data.nonce;
        return ports;
      } });
    }
    const stolenPorts = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports').get;
    setTimeout(() => {
      if (self.stolen) console.log('stole the nonce');
    }, 0);`,
  'a fake "done" posted to the parent': `
    const forged = { name: 'forged', path: [], status: 'passed', durationMs: 0 };
    const target = typeof parent === 'object' ? parent : self;
    target.postMessage({ nonce: 'guess', message: { type: 'test', result: forged } }, '*');
    target.postMessage({ nonce: 'guess', message: { type: 'done' } }, '*');`,
  'console and Error are replaced': 'console.log = console.error = () => {}; globalThis.Error = function () { return {}; }; Error.prototype = {};',
  'setTimeout and clearTimeout are replaced': 'globalThis.setTimeout = (callback) => { callback(); return 0; }; globalThis.clearTimeout = () => {};',
  'Object.keys, entries and assign are emptied': 'Object.keys = () => []; Object.entries = () => []; Object.assign = (target) => target; Object.is = () => true;',
  'Reflect and Function.prototype.call are replaced': 'Reflect.apply = () => undefined; Function.prototype.call = function () { return undefined; }; Function.prototype.apply = function () { return undefined; };',
};

const TESTS = {
  web: "test('the title', () => expect(text('h1')).toBe('Bonjour'));\ntest('the price', () => expect(Number(text('#price'))).toBeGreaterThan(4));",
  js: "import { add } from './math.js';\ntest('adds', () => expect(add(1, 2)).toBe(3));\ntest('adds negatives', () => expect(add(-1, -2)).toEqual(-3));",
};

/** A wrong answer with `tampering` in it; the exercise's solution is right. */
function attempt(kind: 'web' | 'js', tampering: string) {
  if (kind === 'web') {
    const page = (title: string, price: number, script: string) => [html(`<h1>${title}</h1><p id="price">${price}</p><script src="script.js"></script>`), js('script.js', script)];
    return exercise('web', page('Au revoir', 1, tampering), TESTS.web, page('Bonjour', 5, ''));
  }
  return exercise('js', [js('math.js', `${tampering}\nexport const add = (a, b) => a - b;`)], TESTS.js, [js('math.js', 'export const add = (a, b) => a + b;')]);
}

describe.each(['web', 'js'] as const)('%s kind', (kind) => {
  test.each(Object.entries(TAMPERINGS))('%s: the wrong answer stays unpassed', async (_, tampering) => {
    const { result } = await session.run(attempt(kind, tampering));
    expect(result.status, JSON.stringify(result.tests.map((t) => [t.name, t.status]))).not.toBe('passed');
    expect(result.console.map((entry) => entry.text)).not.toContain('stole the nonce');
  });

  test('the right answer still passes (the checks above can fail)', async () => {
    const right = attempt(kind, '');
    const { result } = await session.run(right, right.solution);
    expect(result.status).toBe('passed');
  });
});
