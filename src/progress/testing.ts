/** Builders for tests of this folder: short records with only the fields a test is about. */
import { emptyRecord } from './exercise-record.ts';
import type { Draft, ExerciseRecord, Profile } from './types.ts';

/** A one-file draft. */
export const draft = (content: string, savedAt: number): Draft => ({ files: [{ name: 'index.html', content }], savedAt });

export const exercise = (fields: Partial<ExerciseRecord> = {}): ExerciseRecord => ({
  ...emptyRecord(fields.lessonId ?? 'front-end/first-page', fields.exerciseId ?? 'say-hello'),
  ...fields,
});

export const profile = (fields: Partial<Profile> = {}): Profile => ({
  id: 'p1',
  name: 'Amina',
  avatar: 'sun',
  locale: 'fr',
  createdAt: 1_000,
  ...fields,
});
