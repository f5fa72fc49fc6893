import { ANSWERS_FILE, readAnswers, writeAnswers } from '../kinds/quiz/answers.ts';
import { gradeQuiz, orderPool } from '../kinds/quiz/grade.ts';
import { shuffledOrder } from '../kinds/quiz/order.ts';
import type { CompiledQuiz, QuizAnswer, QuizAnswers, QuizGrade, QuizQuestion } from '../kinds/quiz/types.ts';
import type { Exercise } from '../lessons/types.ts';
import type { ExerciseProgress } from '../progress/exercise-progress.ts';

/** How long answering must pause before the answers are saved as a draft. */
const SAVE_DELAY_MS = 600;

export interface QuizSessionOptions {
  exercise: Exercise & { quiz: CompiledQuiz };
  /** The learner's progress on this quiz only. */
  progress: ExerciseProgress;
}

/** The feedback a question shows after "check": only for answers not changed since. */
export type Feedback = 'right' | 'wrong' | 'empty';

/**
 * One quiz being answered: the learner's answers (saved as a draft), checks and their grades, the answer
 * shown on request. A check is recorded like a run of tests; showing the answer like showing a solution.
 */
export class QuizSession {
  readonly quiz: CompiledQuiz;
  #options: QuizSessionOptions;
  #answers = $state<QuizAnswers>({});
  #grade = $state.raw<QuizGrade | undefined>(undefined);
  /** Questions changed since the last check: their old feedback no longer applies. */
  #changed = $state<string[]>([]);
  #revealed = $state(false);
  #checks = $state(0);
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;

  constructor(options: QuizSessionOptions) {
    this.#options = options;
    this.quiz = options.exercise.quiz;
    this.#answers = this.#withStartingOrders({});
    this.#revealed = options.progress.record?.solutionRevealed ?? false;
  }

  /** Brings back the saved answers. */
  async load(): Promise<void> {
    const draft = await this.#options.progress.loadDraft();
    const saved = draft?.files.find((file) => file.name === ANSWERS_FILE)?.content;
    if (saved && !this.#dirty) this.#answers = this.#withStartingOrders(readAnswers(saved, this.quiz));
  }

  /** Order questions start shuffled (the same way on every visit), every line in the list. */
  #withStartingOrders(answers: QuizAnswers): QuizAnswers {
    const all = { ...answers };
    for (const question of this.quiz.questions) {
      if (question.type === 'order' && !all[question.id]) all[question.id] = { order: shuffledOrder(question.id, orderPool(question).length, question.lines.length) };
    }
    return all;
  }

  answer(id: string): QuizAnswer | undefined {
    return this.#answers[id];
  }

  /** Sets one question's answer; its feedback waits for the next check. */
  setAnswer(id: string, answer: QuizAnswer): void {
    this.#answers[id] = answer;
    if (!this.#changed.includes(id)) this.#changed.push(id);
    this.#dirty = true;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  feedback(question: QuizQuestion<string>): Feedback | undefined {
    if (!this.#grade || this.#changed.includes(question.id)) return undefined;
    const grade = this.#grade.questions.find((candidate) => candidate.id === question.id);
    if (!grade) return undefined;
    return grade.correct ? 'right' : grade.answered ? 'wrong' : 'empty';
  }

  get grade(): QuizGrade | undefined {
    return this.#grade;
  }
  /** Increases with every check, so a repeated result is announced again. */
  get checks(): number {
    return this.#checks;
  }
  get passed(): boolean {
    return this.#grade?.passed === true || this.#options.progress.record?.status === 'passed';
  }
  get revealed(): boolean {
    return this.#revealed;
  }

  /** Grades every answer and records the attempt (as a run of tests is recorded). */
  async check(): Promise<QuizGrade> {
    const grade = gradeQuiz(this.quiz, $state.snapshot(this.#answers) as QuizAnswers);
    this.#grade = grade;
    this.#changed = [];
    this.#checks++;
    await Promise.all([this.#options.progress.recordRun(grade.passed), this.flush()]);
    return grade;
  }

  /** Shows the right answers, recorded as a solution seen. */
  reveal(): void {
    this.#revealed = true;
    void this.#options.progress.recordSolutionRevealed();
  }

  async flush(): Promise<void> {
    clearTimeout(this.#saveTimer);
    if (!this.#dirty) return;
    this.#dirty = false;
    await this.#options.progress.saveDraft([{ name: ANSWERS_FILE, content: writeAnswers($state.snapshot(this.#answers) as QuizAnswers) }]);
  }

  dispose(): void {
    void this.flush();
  }
}
