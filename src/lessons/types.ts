/**
 * The shapes of lesson data, shared by the build (Vite plugin), the app and the lesson checker.
 * Parsed types hold Markdown as trainers wrote it; compiled types hold sanitized HTML ready to show.
 */

/** How an exercise runs or is graded: one module per kind in `src/kinds/`. */
export { EXERCISE_KINDS, type ExerciseKind } from '../kinds/registry.ts';
import type { ExerciseKind } from '../kinds/registry.ts';
import type { CompiledQuiz, ParsedQuiz } from '../kinds/quiz/types.ts';

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const CODE_LANGUAGES = ['html', 'css', 'js', 'sql', 'json', 'text'] as const;
/** Languages an exercise file may be written in (the editor and the highlighter follow it). */
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** A UI or lesson language, as a BCP 47 tag (`fr`, `en`, `ar`, `prs` …). */
export type Locale = string;

/** A problem found in a lesson file, positioned for `file:line:column: message` output. */
export interface LessonIssue {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, 1 when only the line is known. */
  column: number;
  message: string;
}

/** A file the learner edits (starter) or the trainer's reference version of it (solution). */
export interface ExerciseFile {
  name: string;
  language: CodeLanguage;
  content: string;
}

/** Schema and seed data of a SQLite database that an exercise starts from on every run. */
export interface ExerciseDatabase {
  schema: string;
  seed: string;
}

/** The frontmatter of a lesson file. */
export interface LessonMeta {
  title: string;
  summary: string;
  /** Estimated time in minutes. */
  duration: number;
  level: Level;
  objectives: string[];
  /** Lesson ids (`track/slug`) to do first. */
  prerequisites: string[];
  tags: string[];
  /** For a translation: the content hash of the source-language file it was made from. */
  sourceVersion?: string;
}

interface ExerciseBase {
  id: string;
  kind: ExerciseKind;
  title: string;
  starter: ExerciseFile[];
  /** The complete files of a correct answer (files not listed keep their starter content). */
  solution: ExerciseFile[];
  /** The trainer's test module (Jest-style `test`/`expect`). */
  tests: string;
  /** Line of the first test line in the lesson file, to map test errors back to the source. */
  testsLine: number;
  database?: ExerciseDatabase;
  /** Run time limit in milliseconds. */
  timeoutMs: number;
  /** For `sql`: compare result rows in order (otherwise order-insensitive). */
  ordered: boolean;
  /** 1-based line of the `:::exercise` opening in the lesson file. */
  line: number;
  /** Id of an earlier exercise of the lesson whose learner files this one starts from (`starter-from=…`). */
  starterFrom?: string;
  /** `hints=open`: the last hint and the solution may open before the learner's first run (otherwise they wait). */
  hintsOpen?: boolean;
  /** `project`: the learner's work on it shows in "Mes projets", besides the last lesson of each track. */
  project?: boolean;
}

/**
 * A trainer's other answer, for the lesson checker only (never shipped to learners): the main solution with
 * `files` put in place. A `solution` variant must pass every test; a `wrong` one must fail, and when it names
 * `catches`, that test must be among the failures.
 */
export interface ExerciseVariant {
  role: 'solution' | 'wrong';
  /** `arrow` in `solution:arrow`; empty for an unnamed `wrong` block. */
  name: string;
  files: ExerciseFile[];
  catches?: string;
  /** Line of the variant's first block, for messages. */
  line: number;
}

/** An exercise as written: Markdown instructions and hints. */
export interface ParsedExercise extends ExerciseBase {
  instructions: string;
  /** Each hint with the file line its Markdown starts on. */
  hints: { markdown: string; line: number }[];
  variants: ExerciseVariant[];
  /** For `quiz`: its questions (a quiz has no files, tests or hints). */
  quiz?: ParsedQuiz;
  /** `moved-from=…`: the id (`track/slug`) of the lesson this exercise was in before, so progress follows it. */
  movedFrom?: string;
}

/** An exercise ready to show: sanitized HTML instructions and hints. */
export interface Exercise extends ExerciseBase {
  instructionsHtml: string;
  hintsHtml: string[];
  quiz?: CompiledQuiz;
}

export type ParsedBlock =
  | { type: 'prose'; markdown: string; line: number }
  | { type: 'exercise'; exercise: ParsedExercise };

export type LessonBlock = { type: 'html'; html: string } | { type: 'exercise'; exercise: Exercise };

/** Where a lesson file sits: `lessons/<track>/<NN-slug>/<locale>.md`. */
export interface LessonLocation {
  /** Stable id, `<track>/<slug>`: the number prefix only orders lessons. */
  id: string;
  track: string;
  slug: string;
  order: number;
  locale: Locale;
  /** Path relative to the project root, for messages. */
  file: string;
}

export interface ParsedLesson extends LessonLocation {
  meta: LessonMeta;
  blocks: ParsedBlock[];
}

/** One lesson in one language, as the app loads it (one lazy chunk each). */
export interface LessonContent {
  id: string;
  locale: Locale;
  meta: LessonMeta;
  blocks: LessonBlock[];
}

/** A track's `track.yaml`. */
export interface TrackConfig {
  id: string;
  order: number;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
}

/** What the app keeps about every lesson up front: no body and no texts, so it stays small at any size. */
export interface LessonEntry {
  id: string;
  track: string;
  order: number;
  /** Locales this lesson exists in, source language first. */
  locales: Locale[];
  duration: number;
  level: Level;
  prerequisites: string[];
  /** Exercise ids in lesson order (the same in every locale). */
  exercises: string[];
  /** Ids of the exercises marked `project`, in lesson order; absent when none (it ships on the home route). */
  projects?: string[];
  /** Exercises that came from another lesson (`moved-from`); absent when none. Learners' records follow them. */
  moves?: LessonMove[];
}

/** An exercise of this lesson that was in lesson `from` (an id, `track/slug`) before: its id never changed. */
export interface LessonMove {
  exerciseId: string;
  from: string;
}

/** A lesson's title and summary in one language (loaded per language, apart from the catalog). */
export interface LessonText {
  title: string;
  summary: string;
}

/**
 * Texts of one language, by lesson id, and by track id (a track's description as its summary): lesson ids hold
 * their track's folder and a slash, track ids none, so the two never meet.
 */
export type LessonTexts = Record<string, LessonText>;

/** A lesson entry with its texts in every language, as the build and the checker see it. */
export interface LessonSummary extends LessonEntry {
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
}

export interface TrackSummary<L extends LessonEntry = LessonEntry> extends TrackConfig {
  lessons: L[];
}

/** The index of the whole curriculum: tracks and lesson entries (with their texts on the build side). */
export interface Catalog<L extends LessonEntry = LessonEntry> {
  tracks: TrackSummary<L>[];
}

/** A track in the app's first download: its title and description come with the texts of each language. */
export interface TrackEntry extends Omit<TrackSummary, 'title' | 'description'> {
  /** The languages its texts are written in. */
  locales: Locale[];
}

/** The catalog as the app's first download holds it: no texts at all (see LessonTexts). */
export interface ServedCatalog {
  tracks: TrackEntry[];
}
