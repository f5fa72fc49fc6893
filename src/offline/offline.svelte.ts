import { getContext, setContext } from 'svelte';

type Hook = () => Promise<void> | void;

/**
 * Online / offline and service-worker update state. The app is precached on first visit; new versions are
 * looked for while it is open; an update waits for the learner's go-ahead, and everything registered with
 * `beforeReload` (drafts) is saved first. On a non-secure origin (a class server on plain HTTP) browsers allow
 * no service worker: the app says offline use is not possible from there.
 */
export class OfflineState {
  #online = $state(true);
  #offlineReady = $state(false);
  #updateReady = $state(false);
  #offlinePossible = $state(true);
  #stopChecks: () => void = () => {};
  #applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;
  #hooks = new Set<Hook>();

  get online() {
    return this.#online;
  }
  /** The whole app is cached: it will open and run without a network. */
  get offlineReady() {
    return this.#offlineReady;
  }
  /** False where the browser allows no service worker (plain HTTP on a class network): no offline use. */
  get offlinePossible() {
    return this.#offlinePossible;
  }
  /** A new version is downloaded and waits for a reload. */
  get updateReady() {
    return this.#updateReady;
  }

  /** Follows the network state and registers the service worker (built app only); returns a stop function. */
  start(target: Window = window): () => void {
    this.#online = target.navigator.onLine;
    const online = () => (this.#online = true);
    const offline = () => (this.#online = false);
    target.addEventListener('online', online);
    target.addEventListener('offline', offline);
    this.#offlinePossible = target.isSecureContext && 'serviceWorker' in target.navigator;
    if (!import.meta.env.DEV && this.#offlinePossible) void this.#register(target);
    return () => {
      this.#stopChecks();
      target.removeEventListener('online', online);
      target.removeEventListener('offline', offline);
    };
  }

  async #register(target: Window) {
    // Both wait until after the first page: nothing here is needed to show it.
    const [{ registerSW }, { watchForUpdates }] = await Promise.all([import('virtual:pwa-register'), import('./update-checks.ts')]);
    this.#applyUpdate = registerSW({
      immediate: true,
      onNeedRefresh: () => (this.#updateReady = true),
      onOfflineReady: () => (this.#offlineReady = true),
      onRegisteredSW: (_url, registration) => {
        // Already cached by an earlier visit: no "installed" event will come.
        if (registration?.active) this.#offlineReady = true;
        if (registration) this.#stopChecks = watchForUpdates(registration, target);
      },
    });
  }

  /** Runs `hook` before any reload this state triggers (for example, to save drafts). */
  beforeReload(hook: Hook): () => void {
    this.#hooks.add(hook);
    return () => this.#hooks.delete(hook);
  }

  /** Saves what must be saved, then switches to the new version. */
  async update(): Promise<void> {
    for (const hook of this.#hooks) await hook();
    await this.#applyUpdate?.(true);
  }
}

const KEY = Symbol('offline');
export const provideOffline = (state: OfflineState) => setContext(KEY, state);
export const useOffline = () => getContext<OfflineState | undefined>(KEY);
