import type { Message } from '../lessons/messages/index.ts';

/**
 * What an exercise kind is, in one descriptor: what a lesson must hold for it, how it runs or is graded,
 * which output tabs it shows, its `lessons:new` template and what its result carries. The parser, the
 * runner, the workspace, the checker and `lessons:new` read these instead of testing kind names.
 * Pure data and functions: no DOM, no runner, so the build and the checker can load it.
 */

/** The output tabs a sandbox kind can show beside the editor. */
export type OutputTab = 'tests' | 'console' | 'preview' | 'results' | 'client';

/** What the parser has read of a code exercise, for its kind to judge. */
export interface ExerciseShape {
  /** Names of the starter files. */
  files: string[];
  /** The exercise has a ```sql schema block. */
  hasSchema: boolean;
}

/** The `lessons:new` template of a kind (`scripts/templates/<file>.md`). */
export interface KindTemplate {
  /** A glossary link written as an example in the lesson's opening comment. */
  glossary: string;
  /** Notes for the trainer on how this kind works, in French like the template. */
  notes?: readonly string[];
}

interface KindBase<Id extends string> {
  id: Id;
  template: KindTemplate;
}

/** A kind whose exercises run learner code in a sandbox, against the trainer's tests. */
export interface SandboxKind<Id extends string = string> extends KindBase<Id> {
  runs: 'sandbox';
  /** Problems with the starter files and blocks, reported at the exercise line in the trainer's language. */
  check(shape: ExerciseShape): Message[];
  /** Output tabs in order; the first one is selected before any run. */
  outputs: readonly OutputTab[];
  /** The tab to show once a run ends (the run did not fail to start when `ran` is true). */
  afterRun(ran: boolean): OutputTab;
  /** The page can be shown live while the learner types. */
  preview: boolean;
  /** Requests can be sent by hand to the learner's handler. */
  client: boolean;
  /** The editor shows the page weight under the code. */
  pageWeight: boolean;
  /** The run result carries the learner's SQL results (`RunResult.sql`). */
  sqlResults: boolean;
}

/** A kind graded in the page by a pure module: no code, no sandbox. */
export interface GradedKind<Id extends string = string> extends KindBase<Id> {
  runs: 'grader';
}

export type KindDescriptor<Id extends string = string> = SandboxKind<Id> | GradedKind<Id>;
