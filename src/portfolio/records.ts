/**
 * What the portfolio and the attestation show, read from the catalog and the learner's progress. Pure: the
 * pages pass a reader of exercise records (the `Progress` class, or plain data in tests).
 */
import type { Catalog, LessonEntry, TrackSummary } from '../lessons/types.ts';
import type { ExerciseRecord } from '../progress/types.ts';

export type RecordReader = (lessonId: string, exerciseId: string) => ExerciseRecord | undefined;

/** One project the learner worked on: an exercise marked `project`, or the furthest step of a track's project lesson. */
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
 * The learner's projects, in track and lesson order: every exercise a lesson marks as a project that they saved
 * or passed, and in each track's project lesson the last step (in lesson order) they touched — steps continue one
 * another, so it holds the most complete site. An exercise is listed once, even when it is both.
 */
export function projectWork(catalog: Catalog, read: RecordReader): ProjectWork[] {
  const touched = (track: string, lesson: LessonEntry, exerciseId: string): ProjectWork | undefined => {
    const record = read(lesson.id, exerciseId);
    const date = record?.passedAt ?? record?.draft?.savedAt;
    return record && date !== undefined ? { track, lesson, exerciseId, passed: record.status === 'passed', date } : undefined;
  };
  return catalog.tracks.flatMap((track) => {
    const last = projectLesson(track);
    return track.lessons.flatMap((lesson) => {
      const marked = lesson.projects ?? [];
      const furthest = lesson === last ? [...lesson.exercises].reverse().find((id) => touched(track.id, lesson, id)) : undefined;
      const ids = lesson.exercises.filter((id) => id === furthest || marked.includes(id));
      return ids.flatMap((id) => touched(track.id, lesson, id) ?? []);
    });
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
