import type { PageWeight } from '../page-weight.ts';

/** The settings the host writes into a sandbox document, read by the runtime at boot. */
export interface FrameConfig {
  /** Learner file names, so stack frames can be mapped back to them. */
  files: string[];
  /** Time left before the run's deadline; null for a live preview (no deadline). */
  timeLeftMs: number | null;
  /** What the learner's page weighs (`pageWeight()` in tests). */
  weight: PageWeight;
  /** `toMatchRows` compares rows in order (the exercise's `ordered`). */
  orderedRows: boolean;
  /** The document holds the test file's script (set by buildWebDocument); without it no tests may be declared. */
  tests?: boolean;
  /** The document holds the exercise's server.js (set by buildWebDocument): the page's fetches to itself reach it. */
  server?: boolean;
}

/**
 * Longest one task of a web page may run. Where the frame shares the app's thread (Firefox, Safari,
 * most phones), the app cannot answer a click meanwhile: past this, the page is stopped.
 */
export const PAGE_BLOCK_MS = 300;

/**
 * How long the page's own server takes to answer: in the live preview long enough for the learner to see
 * their loading state; in a run one short wait (the answer still comes in a later task, as over a network).
 */
export const SERVER_LATENCY_MS = { preview: 400, run: 20 } as const;

/** The attribute of the runtime's `<script>` element that holds the JSON `FrameConfig`. */
export const CONFIG_ATTRIBUTE = 'data-sirius-config';
/** The id of the element holding the worker runtime's source in a js-kind document. */
export const WORKER_SOURCE_ID = 'sirius-worker-source';
