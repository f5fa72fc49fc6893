/**
 * The browser side of "Qui apprend ?" after a pause: every keystroke, click or touch counts as activity, and
 * the session is checked regularly and when the page comes back into view. The first action after the idle
 * time does not reach the page (it could have run or changed the last learner's work): it shows the picker.
 */

export interface IdleSession {
  readonly idle: boolean;
  touch(): void;
  checkIdle(): Promise<boolean>;
}

const ACTIVITY = ['keydown', 'pointerdown', 'wheel'] as const;
/** Activity is written at most this often: enough for a timeout counted in minutes. */
const TOUCH_EVERY_MS = 5_000;
const CHECK_EVERY_MS = 30_000;

/** Starts watching `target` for `session`; returns the stop function. */
export function watchIdle(session: IdleSession, target: Window = window): () => void {
  let touchedAt = -Infinity;
  const active = (event: Event) => {
    if (session.idle) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void session.checkIdle();
      return;
    }
    const now = target.performance.now();
    if (now - touchedAt < TOUCH_EVERY_MS) return;
    touchedAt = now;
    session.touch();
  };
  const check = () => void session.checkIdle();
  const visible = () => {
    if (target.document.visibilityState === 'visible') check();
  };
  for (const type of ACTIVITY) target.addEventListener(type, active, { capture: true });
  target.document.addEventListener('visibilitychange', visible);
  const timer = target.setInterval(check, CHECK_EVERY_MS);
  // The watch loads after the first page: time may already have passed (a laptop woken from sleep).
  check();
  return () => {
    for (const type of ACTIVITY) target.removeEventListener(type, active, { capture: true });
    target.document.removeEventListener('visibilitychange', visible);
    target.clearInterval(timer);
  };
}
