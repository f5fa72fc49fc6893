import type { PageWeight } from '../page-weight.ts';

/** The settings the host writes into a sandbox document, read by the runtime at boot. */
export interface FrameConfig {
  /** Learner file names, so stack frames can be mapped back to them. */
  files: string[];
  /** Time left before the run's deadline; null for a live preview (no deadline). */
  timeLeftMs: number | null;
  /** Longest one task may loop. */
  budgetMs: number;
  /** What the learner's page weighs (`pageWeight()` in tests). */
  weight: PageWeight;
  /** `toMatchRows` compares rows in order (the exercise's `ordered`). */
  orderedRows: boolean;
}

/** The attribute of the runtime's `<script>` element that holds the JSON `FrameConfig`. */
export const CONFIG_ATTRIBUTE = 'data-sirius-config';
/** The id of the element holding the worker runtime's source in a js-kind document. */
export const WORKER_SOURCE_ID = 'sirius-worker-source';
