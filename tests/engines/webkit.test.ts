import { journeys } from './journeys.ts';

journeys('webkit', {
  // As in Firefox: the frame shares the app's main thread until the runner's 300 ms watchdog lands.
  runaway: { reason: 'the app freezes until the 3 s limit; awaits the runner watchdog', error: /to be less than 500/ },
});
