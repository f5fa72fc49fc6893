import { expect, test } from 'vitest';
import { asNewLearner, defaultTarget, importSnapshotTo, matchingProfile } from './import-target.ts';
import { MemoryStore } from './memory-store.ts';
import { emptyRecord, withDraft, withRun } from './exercise-record.ts';
import { profile } from './testing.ts';
import type { ProgressSnapshot } from './types.ts';

const amina = profile({ id: 'amina-home', name: 'Amina', avatar: 'sun' });
const yonas = profile({ id: 'yonas', name: 'Yonas', avatar: 'sun' });
const passed = withRun(emptyRecord('l', 'e'), true, 5);
const snapshot = (of = amina): ProgressSnapshot => ({ profile: of, progress: { exercises: [passed], lessons: [] }, quarantine: [] });

test('the matching learner is the same profile, else the same name, else none', () => {
  const here = profile({ id: 'amina-school', name: ' amina ' });
  expect(matchingProfile(amina, [yonas, here])).toBe(here);
  expect(matchingProfile(amina, [here, { ...amina, name: 'Renamed' }])?.id).toBe('amina-home');
  expect(matchingProfile(amina, [yonas])).toBeUndefined();
  expect(defaultTarget(amina, [yonas])).toEqual({ kind: 'new' });
  expect(defaultTarget(amina, [yonas, here])).toEqual({ kind: 'profile', id: 'amina-school' });
});

test('a new learner keeps the file’s id and picture unless this device already has them', () => {
  expect(asNewLearner(snapshot(), []).profile).toMatchObject({ id: 'amina-home', avatar: 'sun' });
  const again = asNewLearner(snapshot(), [amina, yonas]).profile;
  expect(again.id).not.toBe('amina-home');
  expect(again.avatar).not.toBe('sun');
  expect(again.name).toBe('Amina');
});

test('"Ajouter Amina" creates her profile with her work and leaves the others untouched', async () => {
  const store = new MemoryStore();
  const here = await store.createProfile({ name: 'Yonas', avatar: 'sun', locale: 'fr' });
  await store.updateExercise(here.id, 'l', 'e', (record) => withDraft(record, [{ name: 'a', content: 'yonas' }], 1, undefined).record);
  const before = await store.exportSnapshot(here.id);
  const added = await importSnapshotTo(store, snapshot(), { kind: 'new' }, 'merge', [here]);
  expect(added).toMatchObject({ name: 'Amina' });
  expect((await store.load()).profiles.map((p) => p.name).sort()).toEqual(['Amina', 'Yonas']);
  expect((await store.readExercise(added.id, 'l', 'e'))?.status).toBe('passed');
  expect(await store.exportSnapshot(here.id)).toEqual(before);
});

test('"Mettre dans le profil de …" merges into that profile', async () => {
  const store = new MemoryStore();
  const here = await store.createProfile({ name: 'Amina', avatar: 'moon', locale: 'fr' });
  const into = await importSnapshotTo(store, snapshot(), { kind: 'profile', id: here.id }, 'merge', [here]);
  expect(into.id).toBe(here.id);
  expect((await store.load()).profiles).toHaveLength(1);
  expect((await store.readExercise(here.id, 'l', 'e'))?.status).toBe('passed');
});
