import { getContext, setContext } from 'svelte';
import type { LessonEntry, Locale } from '../lessons/types.ts';

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
  #lessons: { lessons: readonly LessonEntry[]; locale: Locale; second: Locale; version: string } | undefined;
  #lessonsKnown = $state(false);
  #lessonsMissing = $state<Locale[]>([]);
  #lessonsLoading = $state(false);
  #lessonRun: AbortController | undefined;
  /** Failed runs in a row: the next try waits longer (school wifi that comes back in fits and starts). */
  #lessonTries = 0;
  #lessonRetry: ReturnType<typeof setTimeout> | undefined;

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
  /** The learner's lesson languages are known and none is missing: with `offlineReady`, all they read is cached. */
  get lessonsReady() {
    return this.#lessonsKnown && this.#lessonsMissing.length === 0;
  }
  /** Languages of the learner's lessons not cached yet (downloading, or waiting for the network). */
  get lessonsMissing(): readonly Locale[] {
    return this.#lessonsMissing;
  }
  /** The learner's lessons are being downloaded. */
  get lessonsLoading() {
    return this.#lessonsLoading;
  }
  /** A new version is downloaded and waits for a reload. */
  get updateReady() {
    return this.#updateReady;
  }

  /** Follows the network state and registers the service worker (built app only); returns a stop function. */
  start(target: Window = window): () => void {
    this.#online = target.navigator.onLine;
    const online = () => {
      this.#online = true;
      // Lessons that failed to download for lack of network: try again now that it is back.
      if (this.#lessonsMissing.length > 0) void this.#keepLessons();
    };
    const offline = () => (this.#online = false);
    target.addEventListener('online', online);
    target.addEventListener('offline', offline);
    this.#offlinePossible = target.isSecureContext && 'serviceWorker' in target.navigator;
    if (!import.meta.env.DEV && this.#offlinePossible) void this.#register(target);
    return () => {
      this.#stopChecks();
      target.removeEventListener('online', online);
      target.removeEventListener('offline', offline);
      this.#lessonRun?.abort();
      clearTimeout(this.#lessonRetry);
    };
  }

  /**
   * Keeps for offline use the lessons this learner reads that the app does not ship with (their language, their
   * second language): called when the learner's languages are known and whenever they change.
   */
  keepLessons(lessons: readonly LessonEntry[], locale: Locale, second: Locale, version: string): void {
    const known = this.#lessons;
    const same = known?.lessons === lessons && known.locale === locale && known.second === second && known.version === version;
    // The same languages again (the learner's record reloaded): the run under way, or done, still holds.
    if (same && (this.#lessonsLoading || this.lessonsReady)) return;
    this.#lessons = { lessons, locale, second, version };
    if (!same) this.#lessonTries = 0;
    if (!import.meta.env.DEV && this.#offlinePossible) void this.#keepLessons();
  }

  async #keepLessons() {
    const wanted = this.#lessons;
    if (!wanted) return;
    this.#lessonRun?.abort();
    clearTimeout(this.#lessonRetry);
    const run = (this.#lessonRun = new AbortController());
    const { keepLearnerLessons } = await import('./lesson-cache.ts');
    if (run.signal.aborted) return;
    const missing = await keepLearnerLessons(wanted, run.signal, (locales) => {
      this.#lessonsMissing = locales;
      this.#lessonsLoading = locales.length > 0;
      this.#lessonsKnown = true;
    });
    if (run.signal.aborted) return;
    this.#lessonsMissing = missing;
    this.#lessonsLoading = false;
    // The network may say it is back before requests get through: while online, try again, 5 s, 10 s… up to a minute later.
    this.#lessonTries = missing.length > 0 ? this.#lessonTries + 1 : 0;
    if (missing.length > 0 && this.#online) {
      const retry = () => {
        if (this.#online) void this.#keepLessons();
      };
      this.#lessonRetry = setTimeout(retry, Math.min(60_000, 5_000 * 2 ** (this.#lessonTries - 1)));
    }
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
