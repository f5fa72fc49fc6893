import { journeys } from './journeys.ts';

journeys('webkit', {
  // WebKit names an inline script by its document in stack traces (it ignores `//# sourceURL`), so the
  // runner's check that only the test file declares tests (src/runner/sandbox/caller.ts) refuses the web
  // page's test file: "Cet exercice ne contient aucun test." The runner has to tell the test file apart
  // another way in this engine.
  'pass web': { reason: 'the runner refuses the test file of a web page (no sourceURL in WebKit stacks)', error: /never shown: #exercise-[\w-]+ with “Exercice réussi\.”/ },
  // As in Firefox: the frame shares the app's main thread until the runner's 300 ms watchdog lands.
  runaway: { reason: 'the app freezes until the 3 s limit; awaits the runner watchdog', error: /to be less than 500/ },
});
