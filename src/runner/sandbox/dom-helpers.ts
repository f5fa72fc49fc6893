/**
 * The small DOM/CSS helpers web tests get as globals: `$`, `$$`, `text`, `style`, `isVisible`,
 * `setViewport`, `pageWeight`, `waitUntil`. Lesson authors already use these names: keep them stable.
 */
import type { PageWeight } from '../page-weight.ts';
import { clampSize, type SandboxMessage } from '../protocol.ts';

export interface DomHelpers {
  /** The first element matching `selector`, or null. */
  $: (selector: string) => Element | null;
  /** Every element matching `selector`, as an array. */
  $$: (selector: string) => Element[];
  /** The element's trimmed text, '' when there is no such element. */
  text: (selector: string) => string;
  /** The computed value of a CSS property ('' when there is no such element), e.g. style('h1', 'color'). */
  style: (selector: string, property: string) => string;
  /** True when the element exists and takes up visible space on the page. */
  isVisible: (selector: string) => boolean;
  /**
   * Gives the page another size, like a phone (375) or a laptop (1280), and resolves once the page has
   * it: media queries and layouts respond as on that screen. Sizes are kept between 240 and 3840 pixels.
   */
  setViewport: (width: number, height?: number) => Promise<void>;
  /** What the learner's files weigh, in bytes: `{ total, html, css, js, images }`. */
  pageWeight: () => PageWeight;
  /**
   * Waits until `condition()` is true (the page has shown its server's answer…), checked every few
   * milliseconds; resolves true, or false once `timeoutMs` have passed — the test's `expect` then says
   * what the page shows instead. A condition that throws counts as not yet.
   */
  waitUntil: (condition: () => unknown, timeoutMs?: number) => Promise<boolean>;
}

export interface HelperHost {
  send: (message: SandboxMessage) => void;
  weight: PageWeight;
}

/** How long to wait for the host to resize the frame before reading the page anyway. */
const RESIZE_WAIT_MS = 2000;
/** The page's width is polled: a page in a background tab gets no resize event until it renders again. */
const RESIZE_POLL_MS = 10;
/** How often `waitUntil` checks, and how long it waits by default (a run has 3 s in all). */
const WAIT_POLL_MS = 10;
const WAIT_DEFAULT_MS = 1000;

export function createDomHelpers(window: Window, host: HelperHost): DomHelpers {
  const { document } = window;
  const $ = (selector: string) => document.querySelector(selector);
  // Captured at boot: a page that replaces its timers cannot make the tests wait forever.
  const later = window.setTimeout.bind(window);
  const clock = Date.now;
  return {
    $,
    $$: (selector) => Array.from(document.querySelectorAll(selector)),
    text: (selector) => $(selector)?.textContent?.trim() ?? '',
    style: (selector, property) => {
      const element = $(selector);
      // Accept both `font-size` and the `fontSize` spelling trainers know from `element.style`.
      const name = property.startsWith('--') ? property : property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      return element ? window.getComputedStyle(element).getPropertyValue(name) : '';
    },
    isVisible: (selector) => {
      const element = $(selector);
      if (!element || element.getClientRects().length === 0) return false;
      return element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    },
    setViewport: (width, height = 800) =>
      new Promise<void>((resolve) => {
        const wanted = clampSize(width);
        // The same test the page's CSS makes: once it matches, media queries see the new width too.
        const query = window.matchMedia(`(width: ${wanted}px)`);
        if (query.matches) return resolve();
        const started = Date.now();
        const check = () => {
          if (query.matches || Date.now() - started > RESIZE_WAIT_MS) resolve();
          else setTimeout(check, RESIZE_POLL_MS);
        };
        host.send({ type: 'viewport', width: wanted, height: clampSize(height) });
        check();
      }),
    pageWeight: () => ({ ...host.weight }),
    waitUntil: (condition, timeoutMs = WAIT_DEFAULT_MS) => {
      if (typeof condition !== 'function') throw new TypeError('waitUntil needs a function, e.g. waitUntil(() => $$(\'li\').length > 0)');
      const started = clock();
      return new Promise<boolean>((resolve) => {
        const check = () => {
          let met = false;
          try {
            met = Boolean(condition());
          } catch {
            // Not there yet (an element still missing…).
          }
          if (met) resolve(true);
          else if (clock() - started >= timeoutMs) resolve(false);
          else later(check, WAIT_POLL_MS);
        };
        check();
      });
    },
  };
}
