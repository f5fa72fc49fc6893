/**
 * Runtime of the web-kind frame, inlined first in the learner's document so it runs before any learner
 * script: installs the session, keeps the frame from navigating via links, asks for the run's port, then
 * — once the page has loaded and the port has arrived — runs the trainer's tests against the live DOM.
 */
import { INIT, LEFT, READY, TESTS_GLOBAL, type InitMessage } from '../protocol.ts';
import { createDomHelpers } from './dom-helpers.ts';
import { CONFIG_ATTRIBUTE, type FrameConfig } from './frame-config.ts';
import { defineGlobal, startSession, type TestGlobals } from './session.ts';

const script = document.currentScript;
const config = JSON.parse(script?.getAttribute(CONFIG_ATTRIBUTE) ?? '{}') as FrameConfig;
const session = startSession(window, {
  files: config.files,
  timeLeftMs: config.timeLeftMs ?? Infinity,
  budgetMs: config.budgetMs,
  orderedRows: config.orderedRows,
});
const helpers = createDomHelpers(window, { send: session.outbox.send, weight: config.weight });

defineGlobal(window, TESTS_GLOBAL, (register: (globals: TestGlobals & typeof helpers) => void) => register({ ...session.api, ...helpers }));

// A followed link would replace this document (and reach the network): links only scroll within the page.
window.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link && !link.getAttribute('href')?.startsWith('#')) event.preventDefault();
}, true);

if (config.timeLeftMs !== null) {
  const port = new Promise<{ port: MessagePort; nonce: string }>((resolve) => {
    // Registered before any learner code, and stopped here: learner listeners never see the port.
    window.addEventListener('message', (event) => {
      const data = event.data as Partial<InitMessage> | null;
      if (event.source !== window.parent || data?.type !== INIT || typeof data.nonce !== 'string' || !event.ports[0]) return;
      event.stopImmediatePropagation();
      resolve({ port: event.ports[0], nonce: data.nonce });
    }, true);
  });
  const loaded = new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  // Ready at once (the port then waits for us), and "left" if learner code navigates this document away.
  window.parent.postMessage({ type: READY }, '*');
  window.addEventListener('pagehide', () => window.parent.postMessage({ type: LEFT }, '*'));
  void Promise.all([port, loaded]).then(([{ port: channel, nonce }]) => {
    session.outbox.attach(channel, nonce);
    return session.finish();
  });
}
