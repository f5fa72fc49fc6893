/** Learner profiles on a shared device: creating one, and which one to start with. */
import type { Locale } from '../lessons/types.ts';
import { randomId } from '../random-id.ts';
import { MAX_NAME_LENGTH } from './restore.ts';
import { AVATARS, type Avatar, type Profile } from './types.ts';

/** What a learner chooses when creating a profile. */
export interface NewProfile {
  name: string;
  avatar: Avatar;
  locale: Locale;
}

/** The name as it will be stored (trimmed, inner spaces collapsed), or `undefined` if it is empty or too long. */
export function cleanName(name: string): string | undefined {
  const clean = name.trim().replace(/\s+/g, ' ');
  return clean.length >= 1 && clean.length <= MAX_NAME_LENGTH ? clean : undefined;
}

/** A new profile record; throws `RangeError` for a name `cleanName` refuses (the form checks it first). */
export function makeProfile(input: NewProfile, id: string, now: number): Profile {
  const name = cleanName(input.name);
  if (name === undefined) throw new RangeError('profile name must be 1–60 characters');
  return { id, name, avatar: input.avatar, locale: input.locale, createdAt: now };
}

/**
 * The profile to open without asking: this browser session's learner, or the only one. `undefined` means show
 * the picker. With a single learner at home the picker never appears.
 */
export function startingProfile(profiles: readonly Profile[], activeId: string | undefined): Profile | undefined {
  return profiles.find((profile) => profile.id === activeId) ?? (profiles.length === 1 ? profiles[0] : undefined);
}

/**
 * The picture a new profile starts with: the first one nobody on the device has, so learners tell their
 * profiles apart at a glance; when all are taken, the least used.
 */
export function freeAvatar(profiles: readonly Pick<Profile, 'avatar'>[]): Avatar {
  const uses = (avatar: Avatar) => profiles.filter((profile) => profile.avatar === avatar).length;
  return AVATARS.reduce((best, avatar) => (uses(avatar) < uses(best) ? avatar : best), AVATARS[0]);
}

/** A random profile id (works on a plain-HTTP class server too, see `random-id.ts`). */
export const newProfileId = randomId;

/** Profiles in the order they were made; same-moment ones by name, so the list never shuffles. */
export const byCreation = (a: Profile, b: Profile): number =>
  a.createdAt - b.createdAt || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
