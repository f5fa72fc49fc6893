/**
 * A progress line for long runs: on a terminal, one bar redrawn in place with counts and the time left; when
 * the output is a file or a pipe (CI logs), a plain line every tenth of the way instead of control codes.
 */
import { say } from '../../src/lessons/messages/index.ts';

const WIDTH = 24;

export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function progressBar(total: number, out: ProgressOutput = process.stdout, now: () => number = () => performance.now()) {
  const started = now();
  let shownTenths = 0;
  const line = (done: number) => {
    const elapsed = (now() - started) / 1000;
    const left = done > 0 && done < total ? Math.ceil((elapsed / done) * (total - done)) : undefined;
    return say('cli.progress', { done, total, eta: left === undefined ? '' : say('cli.eta', { seconds: left }) });
  };
  return {
    /** `done` exercises out of `total` have finished. */
    update(done: number) {
      if (out.isTTY) {
        const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
        out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${line(done)}`);
        return;
      }
      const tenths = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenths > shownTenths || done === total) {
        shownTenths = tenths;
        out.write(`${line(done)}\n`);
      }
    },
    /** Leaves the terminal on a fresh line. */
    finish() {
      if (out.isTTY) out.write('\n');
    },
  };
}
