import { journeys } from './journeys.ts';

// Firefox runs a sandboxed frame on the app's main thread; the runner's 300 ms watchdog keeps the app answering.
journeys('firefox');
