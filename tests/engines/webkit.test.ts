import { journeys } from './journeys.ts';

journeys('webkit', {
  // As in Firefox: the frame shares the app's main thread until the runner's 300 ms watchdog lands. With
  // the page's tests now running here, the run ends after the learner's click on "Console", which the
  // frozen app handled late: the end of the run brings the Tests tab back first.
  runaway: { reason: 'the app freezes until the 3 s limit; awaits the runner watchdog', error: /to be less than 500|\[aria-selected="true"\] with “Console”/ },
});
