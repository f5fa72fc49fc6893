/**
 * What the portfolio and the attestation show, read from the catalog and the learner's progress. Pure: the
 * pages pass a reader of exercise records (the `Progress` class, or plain data in tests).
 */
import type { Catalog, LessonEntry, TrackSummary } from '../lessons/types.ts';
import type { ExerciseRecord } from '../progress/types.ts';

export type RecordReader = (lessonId: string, exerciseId: string) => ExerciseRecord | undefined;

/** One project the learner worked on: the furthest step they touched of a project lesson. */
export interface ProjectWork {
  track: string;
  lesson: LessonEntry;
  exerciseId: string;
  passed: boolean;
  /** When it first passed, else when the learner last saved it. */
  date: number;
}

/** A lesson with at least one passed exercise, for the attestation. */
export interface LessonWork {
  lesson: LessonEntry;
  /** Passed exercises in lesson order, with the date each first passed. */
  exercises: { id: string; passedAt: number }[];
  /** Set when every exercise passed: the date of the last one. */
  completedAt?: number;
}

/** The project lesson of a track: its last lesson, where the track's skills come together. */
export const projectLesson = (track: TrackSummary): LessonEntry | undefined => track.lessons.at(-1);

/**
 * The learner's projects, one per track at most: in the project lesson, the last step (in lesson order) they
 * saved or passed — steps continue one another, so it holds the most complete site.
 */
export function projectWork(catalog: Catalog, read: RecordReader): ProjectWork[] {
  return catalog.tracks.flatMap((track) => {
    const lesson = projectLesson(track);
    if (!lesson) return [];
    for (const exerciseId of [...lesson.exercises].reverse()) {
      const record = read(lesson.id, exerciseId);
      const date = record?.passedAt ?? record?.draft?.savedAt;
      if (record && date !== undefined) return [{ track: track.id, lesson, exerciseId, passed: record.status === 'passed', date }];
    }
    return [];
  });
}

/** The lessons of a track where the learner passed something, in track order. */
export function trackWork(track: TrackSummary, read: RecordReader): LessonWork[] {
  return track.lessons.flatMap((lesson) => {
    const exercises = lesson.exercises.flatMap((id) => {
      const record = read(lesson.id, id);
      return record?.status === 'passed' && record.passedAt !== undefined ? [{ id, passedAt: record.passedAt }] : [];
    });
    if (exercises.length === 0) return [];
    const work: LessonWork = { lesson, exercises };
    if (exercises.length === lesson.exercises.length) work.completedAt = Math.max(...exercises.map((exercise) => exercise.passedAt));
    return [work];
  });
}
