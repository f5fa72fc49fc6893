import { journeys } from './journeys.ts';

// WebKit runs a sandboxed frame on the app's main thread; the runner's 300 ms watchdog keeps the app answering.
journeys('webkit');
