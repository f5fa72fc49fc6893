/**
 * Whose profile a backup file goes into. A file names its learner; the device may hold that learner
 * already (the same profile, or someone of the same name made here), or not: the import page asks "Ajouter
 * Amina sur cet ordinateur" or "Mettre dans le profil de …", defaulting to the matching learner.
 */
import { cleanName, freeAvatar, newProfileId } from './profile.ts';
import type { ProgressStore } from './store.ts';
import type { Profile, ProgressSnapshot } from './types.ts';

/** A new profile for the file's learner, or an existing profile's id. */
export type ImportTarget = { kind: 'new' } | { kind: 'profile'; id: string };

const sameName = (a: string, b: string) => (cleanName(a) ?? a).toLocaleLowerCase() === (cleanName(b) ?? b).toLocaleLowerCase();

/** The profile on this device that is the file's learner: the same profile, else the same name; or none. */
export function matchingProfile(fileProfile: Profile, profiles: readonly Profile[]): Profile | undefined {
  return profiles.find((profile) => profile.id === fileProfile.id) ?? profiles.find((profile) => sameName(profile.name, fileProfile.name));
}

/** What the import page selects at first. */
export function defaultTarget(fileProfile: Profile, profiles: readonly Profile[]): ImportTarget {
  const match = matchingProfile(fileProfile, profiles);
  return match ? { kind: 'profile', id: match.id } : { kind: 'new' };
}

/**
 * The snapshot as a new learner of this device: the file's profile id, unless this device already uses it
 * (the learner is added a second time, as a separate profile); its picture, unless someone here has it.
 */
export function asNewLearner(snapshot: ProgressSnapshot, profiles: readonly Profile[]): ProgressSnapshot {
  const id = profiles.some((profile) => profile.id === snapshot.profile.id) ? newProfileId() : snapshot.profile.id;
  const avatar = profiles.some((profile) => profile.avatar === snapshot.profile.avatar) ? freeAvatar(profiles) : snapshot.profile.avatar;
  return { ...snapshot, profile: { ...snapshot.profile, id, avatar, backedUpAt: undefined } };
}

/**
 * Brings `snapshot` into `target` in one transaction (nothing changes if it fails). A new learner gets the
 * file's progress as it is; an existing profile merges it, or has it replaced (after the learner confirmed).
 * Returns the profile that received it.
 */
export function importSnapshotTo(store: ProgressStore, snapshot: ProgressSnapshot, target: ImportTarget, mode: 'merge' | 'replace', profiles: readonly Profile[]): Promise<Profile> {
  if (target.kind === 'new') return store.importSnapshot(asNewLearner(snapshot, profiles), { mode: 'merge' });
  return store.importSnapshot(snapshot, { mode, into: target.id });
}
