import { parseRoute, type Route } from './route.ts';

/** The current hash route as reactive state; back/forward and deep links come free with the hash. */
export class Router {
  #route = $state<Route>({ page: 'home' });
  #target: Window;

  constructor(target: Window = window) {
    this.#target = target;
    this.#route = parseRoute(target.location.hash);
  }

  get route(): Route {
    return this.#route;
  }

  /** Starts following `hashchange`; returns the function that stops it. */
  listen(): () => void {
    const update = () => (this.#route = parseRoute(this.#target.location.hash));
    this.#target.addEventListener('hashchange', update);
    return () => this.#target.removeEventListener('hashchange', update);
  }
}
