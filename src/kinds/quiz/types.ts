/**
 * The shapes of a quiz. `T` is the text type: Markdown with its file line as parsed, sanitized HTML once
 * compiled. Answers are data the learner's page produces; the grader never trusts them blindly.
 */

/** A text as written in the lesson file, with the line it starts on. */
export interface QuizText {
  markdown: string;
  line: number;
}

interface QuestionBase<T> {
  /** Stable across languages and versions: progress and translations are matched by it. */
  id: string;
  /** The question, one line (the fieldset's legend). */
  prompt: T;
  /** Markdown between the question line and its answers (a code block to read …), if any. */
  details?: T;
  /** Shown once the question is answered right, or the answer shown. */
  explanation?: T;
  /** 1-based line of the question in the lesson file. */
  line: number;
}

export interface Choice<T> {
  text: T;
  correct: boolean;
  /** Shown under the choice once the learner checked it. */
  explanation?: T;
}

/** One right answer among radios (`single`) or one or more among checkboxes (`multiple`). */
export interface ChoiceQuestion<T> extends QuestionBase<T> {
  type: 'single' | 'multiple';
  choices: Choice<T>[];
}

/** A typed answer compared with accepted values (see `matchesAccepted` for the rules). */
export interface ShortQuestion<T> extends QuestionBase<T> {
  type: 'short';
  accepted: string[];
  /** Case and accents count (spaces at the ends never do). */
  exact: boolean;
}

/** Lines to put in order; distractors belong nowhere. */
export interface OrderQuestion<T> extends QuestionBase<T> {
  type: 'order';
  /** In the right order. */
  lines: T[];
  distractors: T[];
}

export type QuizQuestion<T> = ChoiceQuestion<T> | ShortQuestion<T> | OrderQuestion<T>;
export type QuestionType = QuizQuestion<unknown>['type'];

export interface Quiz<T> {
  questions: QuizQuestion<T>[];
}

export type ParsedQuiz = Quiz<QuizText>;
/** A quiz ready to show: every text is sanitized HTML. */
export type CompiledQuiz = Quiz<string>;

/**
 * A learner's answer to one question. `choices`: indexes of the checked choices. `order`: indexes into the
 * question's pool (its lines, then its distractors), in the learner's order, left-out lines not included.
 */
export type QuizAnswer = { choices: number[] } | { text: string } | { order: number[] };
export type QuizAnswers = Record<string, QuizAnswer | undefined>;

export interface QuestionGrade {
  id: string;
  answered: boolean;
  correct: boolean;
}

export interface QuizGrade {
  questions: QuestionGrade[];
  /** Every question answered right. */
  passed: boolean;
}
