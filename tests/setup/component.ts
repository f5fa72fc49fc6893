import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so nothing is ever "in view": report every observed element as visible at once,
// as a browser does for an element on screen.
if (!('IntersectionObserver' in globalThis)) {
  class VisibleObserver {
    readonly root = null;
    readonly rootMargin = '0px';
    readonly thresholds = [0];
    #callback: IntersectionObserverCallback;
    constructor(callback: IntersectionObserverCallback) {
      this.#callback = callback;
    }
    observe(target: Element) {
      queueMicrotask(() =>
        this.#callback([{ target, isIntersecting: true, intersectionRatio: 1 } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
      );
    }
    unobserve() {}
    disconnect() {}
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  }
  globalThis.IntersectionObserver = VisibleObserver as unknown as typeof IntersectionObserver;
}
