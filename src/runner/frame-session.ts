/**
 * Sandboxed frames and the runs inside them. A frame gets `sandbox="allow-scripts allow-forms"` only
 * (opaque origin: no storage, cookies or app DOM; no popups, top navigation or modals; forms fire their
 * events but cannot be sent anywhere). Trust is narrow: the
 * handshake is accepted only from this frame's window with origin "null"; after it only the run's own
 * port is read, and only envelopes carrying the run's nonce.
 *
 * A frame that navigates away from our document is discarded and its run is an error. The app's policy
 * (`frame-src 'none'`, see `closeFrameNavigation`) blocks the request itself, so nothing reaches the
 * network and the frame gets an error page at once: a second `load`. Other signs: a second "ready" (a
 * reloaded runtime) or "left" (sent as our document unloads).
 */
import { message } from './messages.ts';
import { INIT, LEFT, READY, readEnvelope, type InitMessage, type PreloadMessage } from './protocol.ts';
import { RunRecorder } from './recorder.ts';
import type { RunProblem, RunResult } from './types.ts';
import { randomId } from '../random-id.ts';

/**
 * Hidden but laid out (tests read computed styles and visibility), and out of the tab order. It stays inside
 * the viewport, transparent and under the page: Chromium stops rendering frames placed off screen, and a
 * frame that does not render would not see a new size (`setViewport`) in time.
 */
const HIDDEN = 'position:fixed;left:0;top:0;width:1024px;height:768px;border:0;opacity:0;pointer-events:none;z-index:-1;';

/**
 * Adds `frame-src 'none'` to the app's Content-Security-Policy, once: frames of `srcdoc` documents still
 * load (they fetch nothing), but a frame's own navigation to any address is refused before its request
 * leaves, as the browser checks every navigation of a frame against its parent's policy. The app itself
 * frames no address.
 */
export function closeFrameNavigation(document: Document): void {
  if (document.head.querySelector('meta[data-sirius-frames]')) return;
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "frame-src 'none'";
  policy.dataset.siriusFrames = '';
  document.head.prepend(policy);
}

/**
 * A frame that may run scripts and fire form `submit` events (so the learner's form handlers work); a
 * form actually sent goes nowhere: the frame's policy (form-action 'none') and the app's (frame-src 'none').
 */
export function sandboxFrame(srcdoc: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts allow-forms');
  frame.setAttribute('allow', '');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.title = title;
  frame.srcdoc = srcdoc;
  return frame;
}

/** A hidden run frame, attached and loading; `ready` resolves when its runtime asks for its port. */
export interface Sandbox {
  frame: HTMLIFrameElement;
  ready: Promise<void>;
  /** Called (once) if the frame leaves our document. */
  onNavigated: () => void;
  dispose: () => void;
}

/** A sandbox frame no one sees or reaches: laid out off screen, out of the tab order and of the accessibility tree. */
export function hiddenSandboxFrame(srcdoc: string, title: string): HTMLIFrameElement {
  const frame = sandboxFrame(srcdoc, title);
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = HIDDEN;
  return frame;
}

/** Opens a run frame; `preload` is posted to it as soon as it is ready, before any run. */
export function openSandbox(srcdoc: string, container: HTMLElement, preload?: PreloadMessage): Sandbox {
  const frame = hiddenSandboxFrame(srcdoc, 'exercise sandbox');
  let isReady = false;
  let loads = 0;
  let markReady = () => {};
  const sandbox: Sandbox = {
    frame,
    ready: new Promise((resolve) => { markReady = resolve; }),
    onNavigated: () => {},
    dispose: () => {
      window.removeEventListener('message', onMessage);
      frame.remove();
    },
  };
  const onMessage = (event: MessageEvent) => {
    if (!frame.contentWindow || event.source !== frame.contentWindow || event.origin !== 'null') return;
    const type = (event.data as { type?: unknown } | null)?.type;
    if (type === LEFT || (type === READY && isReady)) sandbox.onNavigated();
    else if (type === READY) {
      isReady = true;
      if (preload) frame.contentWindow.postMessage(preload, '*');
      markReady();
    }
  };
  frame.addEventListener('load', () => {
    if (++loads > 1) sandbox.onNavigated();
  });
  window.addEventListener('message', onMessage);
  container.append(frame);
  return sandbox;
}

export interface FrameRunOptions {
  timeoutMs: number;
  /** Problems found before running (syntax errors…), kept in the result. */
  problems: readonly RunProblem[];
  /** The init payload, built when the port is handed over (it may depend on the time left). */
  payload: (timeLeftMs: number) => unknown;
  /** Aborting ends the run at once (the runner was disposed). */
  signal: AbortSignal;
  /** Collects the run's messages (default: a fresh one); the caller may read more than the result from it. */
  recorder?: RunRecorder;
}

/** Runs in `sandbox` (fresh or prepared in advance) and disposes of it when the run ends. */
export function runInSandbox(sandbox: Sandbox, options: FrameRunOptions): Promise<RunResult> {
  const started = performance.now();
  const recorder = options.recorder ?? new RunRecorder(options.timeoutMs);
  for (const problem of options.problems) recorder.addProblem(problem);
  const nonce = randomId();
  const channel = new MessageChannel();

  return new Promise((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      channel.port1.onmessage = null;
      channel.port1.close();
      sandbox.dispose();
      resolve(recorder.result(performance.now() - started));
    };
    const fail = (key: 'runner:navigated' | 'runner:disposed') => {
      recorder.addProblem({ kind: 'runtime', message: message(key) });
      finish();
    };
    const onAbort = () => fail('runner:disposed');
    const timer = setTimeout(() => {
      recorder.timedOut();
      finish();
    }, options.timeoutMs);

    channel.port1.onmessage = (event: MessageEvent) => {
      const incoming = readEnvelope(event.data, nonce);
      if (incoming?.type === 'viewport') {
        // The frame is laid out off screen: its size is the page size the learner's CSS sees.
        sandbox.frame.style.width = `${incoming.width}px`;
        sandbox.frame.style.height = `${incoming.height}px`;
        // Lay the frame out now, so the page sees its new size even in a tab that is not being painted.
        void sandbox.frame.offsetWidth;
      } else if (incoming && recorder.accept(incoming)) finish();
    };
    sandbox.onNavigated = () => fail('runner:navigated');
    if (options.signal.aborted) return onAbort();
    options.signal.addEventListener('abort', onAbort);
    void sandbox.ready.then(() => {
      if (finished || !sandbox.frame.contentWindow) return;
      const init: InitMessage = { type: INIT, nonce, payload: options.payload(options.timeoutMs - (performance.now() - started)) };
      sandbox.frame.contentWindow.postMessage(init, '*', [channel.port2]);
    });
  });
}
