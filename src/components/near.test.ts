import { afterEach, describe, expect, test, vi } from 'vitest';
import { whenNear } from './near.ts';

/** The browser's observer, driven by hand: `show(visible)` is what scrolling does. */
class HandObserver {
  static last: HandObserver | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    HandObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  show(visible: boolean) {
    if (!this.disconnected) this.callback([{ isIntersecting: visible }]);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('whenNear', () => {
  test('calls back once, when the element comes within the margin, then stops watching', () => {
    vi.stubGlobal('IntersectionObserver', HandObserver);
    const element = {} as Element;
    const reached = vi.fn();
    whenNear(element, reached);
    const observer = HandObserver.last as HandObserver;
    expect(observer.observed).toEqual([element]);
    expect(observer.options.rootMargin).toBe('600px 0px');
    observer.show(false);
    expect(reached).not.toHaveBeenCalled();
    observer.show(true);
    observer.show(true);
    expect(reached).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
  });

  test('its cleanup stops watching before the element is reached', () => {
    vi.stubGlobal('IntersectionObserver', HandObserver);
    const reached = vi.fn();
    whenNear({} as Element, reached, '0px')();
    (HandObserver.last as HandObserver).show(true);
    expect(reached).not.toHaveBeenCalled();
  });
});
