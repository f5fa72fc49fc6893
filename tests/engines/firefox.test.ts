import { journeys } from './journeys.ts';

journeys('firefox', {
  // A sandboxed frame runs on the app's main thread in this engine: a loop freezes the app until the run's
  // 3 s limit ends it. The runner's 300 ms watchdog (issue 14, in progress) is what ends this.
  runaway: { reason: 'the app freezes until the 3 s limit; awaits the runner watchdog', error: /to be less than 500/ },
});
