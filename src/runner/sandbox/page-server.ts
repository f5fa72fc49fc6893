/**
 * The server of a web page: the learner's `server.js` handler, run inside the page's own sandbox. A
 * `fetch` to the page's own address (`/api/dishes`, `api/dishes`, the app's origin) becomes a real
 * `Request` for the handler, answered a little later like a network call (so loading states show), and
 * its `Response` is copied back to the page. Every other address stays refused (network.ts). A handler
 * that throws (or recurses forever) answers 500 and its file and line are reported; a runaway loop goes
 * through as is (the loop guard has already ended the run). DOM-free.
 */
import { message } from '../messages.ts';
import type { RunProblem } from '../types.ts';
import { locate, problemFromError, type FileResolver } from './errors.ts';
import { LoopTimeout } from './guard.ts';
import { dispatch, HandlerFailure } from './http-server.ts';
import { HANDLER_ORIGIN, requestData, toRequest, type RequestOptions } from './request-data.ts';

// Captured before learner code runs: the server's own plumbing cannot be replaced under it.
const RequestCtor = Request;
const ResponseCtor = Response;
const HeadersCtor = Headers;
const schedule = setTimeout;
const { apply } = Reflect;
const responseBuffer = Response.prototype.arrayBuffer;
const requestBuffer = Request.prototype.arrayBuffer;
const getter = (prototype: object, name: string) => Object.getOwnPropertyDescriptor(prototype, name)?.get as (this: unknown) => unknown;
const requestUrl = getter(Request.prototype, 'url');
const requestMethod = getter(Request.prototype, 'method');
const requestHeaders = getter(Request.prototype, 'headers');
const requestSignal = getter(Request.prototype, 'signal');
const responseStatus = getter(Response.prototype, 'status');
const responseStatusText = getter(Response.prototype, 'statusText');
const responseHeaders = getter(Response.prototype, 'headers');
const signalAborted = getter(AbortSignal.prototype, 'aborted');
const signalReason = getter(AbortSignal.prototype, 'reason');

/** A fetch the page's server answers, or undefined when the address is not the page's own. */
export type FetchRoute = (input: unknown, init: unknown) => Promise<Response> | undefined;

export interface PageServerOptions {
  /** The exercise has a server.js (its script registers the handler before any page script runs). */
  present: boolean;
  /** How long a request takes to be answered, in ms. */
  latencyMs: number;
  /** The origin the page's relative addresses resolve to (the app's), when it is http(s). */
  pageOrigin: string | undefined;
  report: (problem: RunProblem) => void;
  resolve: FileResolver;
}

export interface PageServer {
  /** Called once by the server.js script with its module body (see server-script.ts). */
  register: (start: unknown) => void;
  route: FetchRoute;
  /** The tests' `request(method, path, options)`: the handler's own Response, as in an http exercise. */
  request: (method: string, path: string, options?: RequestOptions) => Promise<Response>;
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
/** Statuses whose response has no body (a Response refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The path and query the handler sees for `url`, or undefined for another site. A relative address is the
 * page's own, resolved as if the page were at the site's root; an absolute one only on the page's origin.
 */
export function localPath(url: string, pageOrigin: string | undefined): string | undefined {
  const written = url.trim();
  let target: URL;
  try {
    target = new URL(written, `${HANDLER_ORIGIN}/`);
  } catch {
    return undefined;
  }
  const absolute = SCHEME.test(written) || written.startsWith('//');
  if (absolute && (pageOrigin === undefined || target.origin !== pageOrigin) && target.origin !== HANDLER_ORIGIN) return undefined;
  return `${target.pathname}${target.search}`;
}

export function createPageServer(options: PageServerOptions): PageServer {
  const { present, latencyMs, pageOrigin, report, resolve } = options;
  let registered = false;
  let ready: Promise<object> | undefined;

  const server = async (): Promise<object> => {
    try {
      if (ready) return await ready;
    } catch {
      // Reported when it happened.
    }
    throw new TypeError('Failed to fetch: server.js did not start (see the problems above)');
  };

  const wait = (signal: AbortSignal | undefined) =>
    new Promise<void>((done, fail) => {
      if (signal && apply(signalAborted, signal, [])) return fail(apply(signalReason, signal, []));
      signal?.addEventListener('abort', () => fail(apply(signalReason, signal, [])), { once: true });
      schedule(done, latencyMs);
    });

  const respond = async (path: string, input: unknown, init: RequestInit): Promise<Response> => {
    const original = input instanceof RequestCtor ? input : undefined;
    const method = init.method ?? (original ? (apply(requestMethod, original, []) as string) : 'GET');
    const headers = new HeadersCtor(init.headers ?? (original ? (apply(requestHeaders, original, []) as Headers) : undefined));
    const body = init.body ?? (original && !/^(GET|HEAD)$/i.test(method) ? await apply(requestBuffer, original, []) : undefined);
    const request = new RequestCtor(`${HANDLER_ORIGIN}${path}`, { method, headers, ...(body === undefined || body === null ? {} : { body }) });
    await wait(init.signal ?? (original ? (apply(requestSignal, original, []) as AbortSignal) : undefined));
    const handler = await server();
    let answer: Response;
    try {
      answer = await dispatch(handler, request, {}, resolve);
    } catch (error) {
      // The loop guard has already ended the run; anything else the server did wrong is a 500, reported.
      if (error instanceof LoopTimeout) throw error;
      report(error instanceof HandlerFailure ? { kind: 'runtime', message: error.failure.message, ...error.where } : problemFromError(error, resolve));
      return new ResponseCtor('Internal Server Error', { status: 500, statusText: 'Internal Server Error', headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    // A copy, as over a network: the page never holds the server's own objects.
    const status = apply(responseStatus, answer, []) as number;
    const copy = NULL_BODY.has(status) ? null : ((await apply(responseBuffer, answer, [])) as ArrayBuffer);
    return new ResponseCtor(copy, { status, statusText: apply(responseStatusText, answer, []) as string, headers: apply(responseHeaders, answer, []) as Headers });
  };

  return {
    register: (start) => {
      if (registered || !present || typeof start !== 'function') throw new TypeError('only the exercise\'s server.js can start the page\'s server');
      // Set before the module body runs: that body cannot start a second server either.
      registered = true;
      const exports = {};
      ready = (async () => {
        await apply(start, undefined, [exports]);
        return exports;
      })();
      ready.catch((error: unknown) => {
        if (!(error instanceof LoopTimeout)) report(problemFromError(error, resolve));
      });
    },

    route: (input, init) => {
      const url = input instanceof RequestCtor ? (apply(requestUrl, input, []) as string) : String(input);
      const path = localPath(url, pageOrigin);
      if (path === undefined) return undefined;
      if (!present) {
        // Shaped like every network problem (api and url), so the workspace reads them alike.
        report({ kind: 'network', message: message('runner:page.noServer', { api: 'fetch', url }), ...locate(new Error(), resolve) });
        return Promise.reject(new TypeError(`fetch: this exercise has no server.js to answer ${url}`));
      }
      return respond(path, input, (init ?? {}) as RequestInit);
    },

    request: async (method, path, requestOptions) => {
      if (!present) throw new HandlerFailure({ message: message('runner:http.noServer') });
      return dispatch(await server(), toRequest(requestData(String(method), String(path), requestOptions)), {}, resolve);
    },
  };
}
