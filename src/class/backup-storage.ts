/** The classes of a backup file, to and from this device's storage (`backup.ts` decides what they are). */
import { JOINED_PREFIX } from '../progress/keys.ts';
import { classesPart, joinedAfterImport, mergeRosters, type ClassBackup, type ClassesPart } from './backup.ts';
import { readPlans } from './plan.ts';
import type { KnownLesson } from './report.ts';
import { readRoster, type ClassRoster } from './roster.ts';
import { deviceStorage, readStored, ROSTER_KEY, writeStored } from './storage.ts';

const idsOf = (known: readonly KnownLesson[]) => new Set(known.map((lesson) => lesson.id));

/** The trainer's class on this device (plans made, learners heard from); empty when there is none. */
export const deviceClass = (known: readonly KnownLesson[], storage = deviceStorage()): ClassRoster => readRoster(readStored(storage, ROSTER_KEY), known);

const joinedOf = (profileId: string, known: readonly KnownLesson[], storage: Storage | undefined) => readPlans(readStored(storage, `${JOINED_PREFIX}${profileId}`), idsOf(known));

/** The class part of a learner's backup file: the plans they joined, and the device's class if `withClass`. */
export function classesToSave(profileId: string, known: readonly KnownLesson[], withClass: boolean, storage = deviceStorage()): ClassesPart {
  const joined = joinedOf(profileId, known, storage);
  return classesPart(withClass ? { joined, roster: deviceClass(known, storage) } : { joined });
}

/**
 * Keeps an imported file's classes: its joined plans for the profile that received the progress (merged or in
 * place of them, like the progress), its trainer's class merged into this device's. False when the browser
 * refused to store them.
 */
export function storeImportedClasses(classes: ClassBackup, profileId: string, mode: 'merge' | 'replace', known: readonly KnownLesson[], storage = deviceStorage()): boolean {
  const joined = joinedAfterImport(joinedOf(profileId, known, storage), classes.joined, mode);
  const joinedKept = writeStored(storage, `${JOINED_PREFIX}${profileId}`, joined);
  const rosterKept = classes.roster === undefined || writeStored(storage, ROSTER_KEY, mergeRosters(deviceClass(known, storage), classes.roster));
  return joinedKept && rosterKept;
}
