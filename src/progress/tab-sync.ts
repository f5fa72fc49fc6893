/**
 * Keeping one learner's progress in step with the other tabs of the app: their announcements point at a
 * record, which is read fresh from the store and handed over. A missed notice loses nothing: the next load
 * or write reads the store again.
 */
import type { ProgressStore } from './store.ts';
import type { TabChannel, TabMessage } from './tab-channel.ts';
import type { ExerciseRecord, LessonRecord } from './types.ts';

export interface TabSyncHandlers {
  /** Another tab completed a lesson. */
  lesson(record: LessonRecord): void;
  /** Another tab stored an exercise; `draftChanged` when its draft is what changed. */
  exercise(stored: ExerciseRecord, draftChanged: boolean): void;
}

export class TabSync {
  #channel: TabChannel | undefined;
  #profileId: string;
  #unsubscribe: () => void = () => {};

  constructor(channel: TabChannel | undefined, profileId: string) {
    this.#channel = channel;
    this.#profileId = profileId;
  }

  /** Starts following the other tabs' saves of this learner. */
  follow(store: ProgressStore, handlers: TabSyncHandlers): void {
    this.#unsubscribe = this.#channel?.subscribe((message) => void this.#receive(store, message, handlers)) ?? (() => {});
  }

  /** Tells the other tabs that an exercise of this learner was stored. */
  exerciseSaved(lessonId: string, exerciseId: string, draftChanged: boolean): void {
    this.#channel?.announce({ type: 'exercise', profileId: this.#profileId, lessonId, exerciseId, draftChanged });
  }

  lessonCompleted(lessonId: string): void {
    this.#channel?.announce({ type: 'lesson', profileId: this.#profileId, lessonId });
  }

  stop(): void {
    this.#unsubscribe();
  }

  async #receive(store: ProgressStore, message: TabMessage, handlers: TabSyncHandlers): Promise<void> {
    if (message.profileId !== this.#profileId) return;
    try {
      if (message.type === 'lesson') {
        const set = await store.readProgress(this.#profileId);
        const lesson = set.lessons.find((record) => record.lessonId === message.lessonId);
        if (lesson) handlers.lesson(lesson);
        return;
      }
      const stored = await store.readExercise(this.#profileId, message.lessonId, message.exerciseId);
      if (stored) handlers.exercise(stored, message.draftChanged);
    } catch {
      // The next load or write reads the store again.
    }
  }
}
