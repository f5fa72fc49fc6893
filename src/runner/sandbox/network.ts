/**
 * Closes the network to learner code with a clear report. The frame's Content-Security-Policy already
 * blocks every request; these replacements turn the browser's vague "Failed to fetch" into a problem
 * that names the API, the address and the line.
 */
import type { FetchRoute } from './page-server.ts';

/** Called with the API used and the address asked for. */
export type NetworkReporter = (api: string, url: string) => void;

const refusal = (api: string, url: string) => new TypeError(`${api}: network access is turned off in exercises (${url})`);

/**
 * Replaces fetch, XMLHttpRequest, WebSocket, EventSource and sendBeacon on `scope`. A fetch that `route`
 * answers (a web page's own server, see page-server.ts) never leaves the sandbox either.
 */
export function closeNetwork(scope: typeof globalThis, report: NetworkReporter, route?: FetchRoute): void {
  const refuse = (api: string, url: unknown) => {
    report(api, String(url));
    return refusal(api, String(url));
  };
  const define = (name: string, value: unknown) =>
    Object.defineProperty(scope, name, { value, writable: false, configurable: false, enumerable: false });

  define('fetch', (input: unknown, init?: unknown) =>
    route?.(input, init) ?? Promise.reject(refuse('fetch', input instanceof Request ? input.url : input)));
  define('XMLHttpRequest', class {
    #url = '';
    open(_method: string, url: unknown) {
      this.#url = String(url);
    }
    setRequestHeader() {}
    send() {
      throw refuse('XMLHttpRequest', this.#url);
    }
  });
  for (const api of ['WebSocket', 'EventSource']) {
    define(api, function (url: unknown) {
      throw refuse(api, url);
    });
  }
  if ('navigator' in scope && 'sendBeacon' in scope.navigator) {
    Object.defineProperty(scope.navigator, 'sendBeacon', { value: (url: unknown) => (refuse('sendBeacon', url), false) });
  }
}
