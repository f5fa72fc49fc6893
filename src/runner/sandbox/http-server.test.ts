import { describe, expect, test } from 'vitest';
import { dispatch, HandlerFailure } from './http-server.ts';
import { requestData, toRequest } from './request-data.ts';

const resolve = (name: string) => (name.endsWith('server.test.ts') ? 'server.js' : undefined);
const get = (path: string) => toRequest(requestData('get', path));

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HandlerFailure) return { failure: error.failure, where: error.where };
    throw error;
  }
  return undefined;
}

describe('dispatch', () => {
  test('calls fetch(request, env) as a method and returns its Response', async () => {
    const server = { default: { greeting: 'Bonjour', async fetch(this: { greeting: string }, request: Request, env: { name: string }) {
      return Response.json({ text: `${this.greeting} ${env.name}`, path: new URL(request.url).pathname });
    } } };
    const response = await dispatch(server, get('/hello?x=1'), { name: 'Ana' }, resolve);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ text: 'Bonjour Ana', path: '/hello' });
  });

  test('says what is missing from server.js', async () => {
    expect((await failureOf(dispatch({}, get('/'), {}, resolve)))?.failure.message.key).toBe('runner:http.noDefault');
    expect((await failureOf(dispatch({ default: { handle() {} } }, get('/'), {}, resolve)))?.failure.message.key).toBe('runner:http.noFetch');
  });

  test('a missing return or a plain object is not a Response', async () => {
    expect((await failureOf(dispatch({ default: { fetch() {} } }, get('/'), {}, resolve)))?.failure).toEqual({
      message: { key: 'runner:http.notAResponse', params: { received: 'undefined' } }, received: 'undefined',
    });
    expect((await failureOf(dispatch({ default: { fetch: () => ({ ok: true }) } }, get('/'), {}, resolve)))?.failure.received).toBe('{ ok: true }');
  });

  test('an error thrown by the handler names the learner\'s line', async () => {
    const outcome = await failureOf(dispatch({ default: { fetch() { throw new TypeError('users.find is not a function'); } } }, get('/'), {}, resolve));
    expect(outcome?.failure.message).toMatchObject({ key: 'runner:http.threw', params: { error: 'TypeError: users.find is not a function', file: 'server.js' } });
    expect(outcome?.where?.line).toBeGreaterThan(0);
    const unknown = await failureOf(dispatch({ default: { fetch: () => Promise.reject('nope') } }, get('/'), {}, resolve));
    expect(unknown?.failure.message).toEqual({ key: 'runner:http.threwNoLine', params: { error: 'nope' } });
  });
});

describe('requestData', () => {
  test('json, form and query options build what a browser or curl would send', async () => {
    expect(requestData('post', '/users', { json: { name: 'Ana' }, query: { page: 2, tag: ['a', 'b'], skip: undefined } })).toEqual({
      method: 'POST', path: '/users?page=2&tag=a&tag=b', headers: [['content-type', 'application/json']], body: '{"name":"Ana"}',
    });
    const form = requestData('POST', 'login', { form: { user: 'ana', remember: true }, headers: { 'X-Trace': '1' } });
    expect(form).toEqual({ method: 'POST', path: '/login', headers: [['content-type', 'application/x-www-form-urlencoded'], ['x-trace', '1']], body: 'user=ana&remember=true' });
    const request = toRequest(form);
    expect(request.url).toBe('http://localhost/login');
    expect(Object.fromEntries((await request.formData()).entries())).toEqual({ user: 'ana', remember: 'true' });
  });

  test('an explicit content type wins; one body at most', () => {
    expect(requestData('PUT', '/x', { body: 'a,b', headers: [['Content-Type', 'text/csv']] }).headers).toEqual([['content-type', 'text/csv']]);
    expect(() => requestData('POST', '/x', { json: {}, body: '' })).toThrow('give only one of json, body');
  });
});
