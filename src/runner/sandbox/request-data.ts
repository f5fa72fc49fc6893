/**
 * Builds the requests trainer tests send with `request(method, path, options)`: the options a test
 * writer knows from supertest or fetch (`json`, `form`, `body`, `headers`, `query`) become plain request
 * data, then a real `Request` for `http://localhost`. DOM-free (Node has Request too).
 */
import type { HttpRequest } from '../types.ts';

/** The origin learner handlers see in `request.url`. */
export const HANDLER_ORIGIN = 'http://localhost';

/** What `request()` accepts after the path. */
export interface RequestOptions {
  /** Sent as JSON, with `content-type: application/json`. */
  json?: unknown;
  /** Sent as an HTML form would (`application/x-www-form-urlencoded`). */
  form?: Record<string, unknown> | URLSearchParams;
  /** A raw body, sent as it is. */
  body?: string;
  headers?: Record<string, string> | [string, string][];
  /** Added to the path's query string; arrays repeat the name. */
  query?: Record<string, unknown>;
}

type QueryValue = string | number | boolean | null | undefined;

function appendAll(params: URLSearchParams, values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) {
    for (const item of (Array.isArray(value) ? value : [value]) as QueryValue[]) {
      if (item !== undefined) params.append(name, String(item));
    }
  }
}

/** The request as data (method upper-cased, query merged into the path, content type set by the body kind). */
export function requestData(method: string, path: string, options: RequestOptions = {}): HttpRequest {
  const bodies = ['json', 'form', 'body'].filter((name) => options[name as keyof RequestOptions] !== undefined);
  if (bodies.length > 1) throw new TypeError(`request(): give only one of ${bodies.join(', ')}`);
  const url = new URL(path.startsWith('/') ? path : `/${path}`, HANDLER_ORIGIN);
  if (options.query) appendAll(url.searchParams, options.query);
  const headers = new Headers(options.headers);
  let body: string | undefined;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  } else if (options.form !== undefined) {
    const form = options.form instanceof URLSearchParams ? options.form : new URLSearchParams();
    if (!(options.form instanceof URLSearchParams)) appendAll(form, options.form);
    body = form.toString();
    if (!headers.has('content-type')) headers.set('content-type', 'application/x-www-form-urlencoded');
  } else if (options.body !== undefined) body = String(options.body);
  return { method: method.toUpperCase(), path: `${url.pathname}${url.search}`, headers: [...headers], ...(body === undefined ? {} : { body }) };
}

/** A real `Request` for the learner's handler. */
export function toRequest(data: HttpRequest): Request {
  const init: RequestInit = { method: data.method, headers: data.headers };
  if (data.body !== undefined && data.body !== '') init.body = data.body;
  return new Request(new URL(data.path.startsWith('/') ? data.path : `/${data.path}`, HANDLER_ORIGIN), init);
}
