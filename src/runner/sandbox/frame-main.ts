/**
 * Runtime of the web-kind frame, inlined first in the learner's document so it runs before any learner
 * script: installs the session, keeps the frame on the learner's page (links scroll, attempts to leave
 * are reported), asks for the run's port, then — once the page has loaded and the port has
 * arrived — runs the trainer's tests against the live DOM.
 *
 * The port and nonce never pass through anything learner code can reach: event fields are read with
 * getters captured here, before learner code runs, and they are kept in this closure only (never in a
 * promise, whose resolution would look up a `then` that learner code may have planted on Object.prototype).
 */
import { INIT, LEFT, READY, SERVER_GLOBAL, TESTS_GLOBAL } from '../protocol.ts';
import { createDomHelpers } from './dom-helpers.ts';
import { CONFIG_ATTRIBUTE, PAGE_BLOCK_MS, SERVER_LATENCY_MS, type FrameConfig } from './frame-config.ts';
import { createPageServer } from './page-server.ts';
import { defineGlobal, startSession, type Session, type TestGlobals } from './session.ts';

const { apply } = Reflect;
const getter = (prototype: object, name: string) => Object.getOwnPropertyDescriptor(prototype, name)?.get as (this: unknown) => unknown;
const eventData = getter(MessageEvent.prototype, 'data');
const eventSource = getter(MessageEvent.prototype, 'source');
const eventPorts = getter(MessageEvent.prototype, 'ports');
const eventTarget = getter(Event.prototype, 'target');
const stopNow = Event.prototype.stopImmediatePropagation;
const preventDefault = Event.prototype.preventDefault;
const closest = Element.prototype.closest;
const getAttribute = Element.prototype.getAttribute;
const scrollIntoView = Element.prototype.scrollIntoView;
const getElementById = Document.prototype.getElementById;
const getElementsByName = Document.prototype.getElementsByName;
const scrollTo = window.scrollTo;
// The parent is another origin: learner code cannot replace its postMessage.
const parent = window.parent;
const tell = (type: string) => parent.postMessage({ type }, '*');

const script = document.currentScript;
const config = JSON.parse(script?.getAttribute(CONFIG_ATTRIBUTE) ?? '{}') as FrameConfig;
// The test file's script comes right after this one, before any learner script (web-document.ts), and
// calls TESTS_GLOBAL at once: tests may be declared only during that one call. Reading the caller from
// the stack would not do here — WebKit names every inline script `about:srcdoc`.
let declaring = false;
let served = config.tests !== true;
/** The page's relative addresses resolve to the app's origin (a srcdoc frame's base URL is its parent's). */
const pageOrigin = /^https?:$/.test(new URL(document.baseURI).protocol) ? new URL(document.baseURI).origin : undefined;
const server = createPageServer({
  present: config.server === true,
  latencyMs: config.timeLeftMs === null ? SERVER_LATENCY_MS.preview : SERVER_LATENCY_MS.run,
  pageOrigin,
  // Called only once learner code runs, after the session below exists.
  report: (problem) => session.report(problem),
  resolve: (name) => session.resolve(name),
});
const session: Session = startSession(window, {
  files: config.files,
  timeLeftMs: config.timeLeftMs ?? Infinity,
  // One task longer than this freezes the app where the frame shares its thread (Firefox, Safari, phones).
  budgetMs: PAGE_BLOCK_MS,
  blocking: true,
  orderedRows: config.orderedRows,
  fromTestsFile: () => declaring,
  route: server.route,
});
const helpers = { ...createDomHelpers(window, { send: session.outbox.send, weight: config.weight }), request: server.request };
defineGlobal(window, SERVER_GLOBAL, server.register);

defineGlobal(window, TESTS_GLOBAL, (register: (globals: TestGlobals & typeof helpers) => void) => {
  if (served) throw new TypeError('the test API is only given to the exercise\'s test file');
  served = true;
  declaring = true;
  try {
    register({ ...session.api, ...helpers });
  } finally {
    declaring = false;
  }
});

/** `#id` scrolls to the element, as in any page (the frame's base address is the app's: following it would leave). */
function scrollToFragment(fragment: string): void {
  const id = decodeURIComponent(fragment);
  const element = apply(getElementById, document, [id]) ?? (apply(getElementsByName, document, [id]) as NodeListOf<Element>)[0];
  if (element) apply(scrollIntoView, element, []);
  else if (id === '' || id.toLowerCase() === 'top') apply(scrollTo, window, [0, 0]);
}

// A followed link would replace this document (and reach the network): links only scroll within the page.
window.addEventListener('click', (event) => {
  const target = apply(eventTarget, event, []);
  const link = target instanceof Element ? (apply(closest, target, ['a[href]']) as Element | null) : null;
  if (!link) return;
  apply(preventDefault, event, []);
  const href = String(apply(getAttribute, link, ['href']));
  if (href.startsWith('#')) scrollToFragment(href.slice(1));
}, true);

// Other ways of leaving (location.href = …, location.replace, window.open(…, '_self'), a form sent) are
// blocked by the app's policy (see frame-session.ts) and seen by the host as a second load; this says so sooner.
// (beforeunload also fires for a page still loading, which never gets pagehide.)
window.addEventListener('beforeunload', () => tell(LEFT), true);
window.addEventListener('pagehide', () => tell(LEFT), true);

if (config.timeLeftMs !== null) {
  let channel: { port: MessagePort; nonce: string } | undefined;
  let loaded = false;
  let started = false;
  const start = () => {
    if (!channel || !loaded || started) return;
    started = true;
    session.outbox.attach(channel.port, channel.nonce);
    channel = undefined;
    void session.finish();
  };
  // Registered before any learner code, and stopped here: learner listeners never see the port.
  window.addEventListener('message', (event) => {
    const data = apply(eventData, event, []) as { type?: unknown; nonce?: unknown } | null;
    const port = (apply(eventPorts, event, []) as readonly MessagePort[])[0];
    if (apply(eventSource, event, []) !== parent || typeof data !== 'object' || data === null) return;
    const { type, nonce } = data;
    if (type !== INIT || typeof nonce !== 'string' || !port || started) return;
    apply(stopNow, event, []);
    channel = { port, nonce };
    start();
  }, true);
  window.addEventListener('load', () => {
    loaded = true;
    start();
  }, { once: true, capture: true });
  // Ready at once (the port then waits for us).
  tell(READY);
}
