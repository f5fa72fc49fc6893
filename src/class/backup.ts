/**
 * The class part of a backup file: the plans the learner joined and, when the trainer adds it, the class of
 * their device (plans made, learners heard from). It carries its own version, so a file from a newer app is
 * recognised; it is read as strictly as a link (a file travels like one), and an import merges it: a newer
 * version of a plan wins, by the date it was made. Pure: no DOM, no storage.
 */
import { array, checked, Invalid, object } from '../progress/guards.ts';
import { movesOf } from '../progress/exercise-moves.ts';
import { rehomeProgress } from '../progress/rehome.ts';
import { quarantined } from '../progress/restore.ts';
import type { RestoredSnapshot } from '../progress/restore-file.ts';
import type { ProgressSnapshot } from '../progress/types.ts';
import { keepPlan, readPlan, type ClassPlan } from './plan.ts';
import type { KnownLesson } from './report.ts';
import { addMember, MAX_MEMBERS, memberFromSnapshot, readMember, type ClassMember, type ClassRoster } from './roster.ts';

/** Raise with every change of shape of `ClassesPart`; files of a higher version are set aside, not misread. */
export const CLASSES_VERSION = 1;
/** Far more classes than a learner joins or a trainer gives; keeps a file's part bounded. */
export const MAX_PLANS = 100;

/** What a backup file carries about classes. */
export interface ClassBackup {
  joined: ClassPlan[];
  /** Only when the trainer chose to add their class to the file. */
  roster?: ClassRoster;
}

/** The `classes` field of a backup file. */
export type ClassesPart = { version: number } & ClassBackup;

export const classesPart = (backup: ClassBackup): ClassesPart => ({ version: CLASSES_VERSION, ...backup });

export type ClassesReading = { ok: true; classes: ClassBackup | undefined } | { ok: false; reason: 'future-version' | 'invalid'; detail: string };

/** Plans of a file; those with no lesson of this curriculum are left out, as a link's would be. */
function readPlanList(raw: unknown, field: string, ids: ReadonlySet<string>): ClassPlan[] {
  const entries = array(raw, field);
  if (entries.length > MAX_PLANS) throw new Invalid(`${field}: more than ${MAX_PLANS}`);
  return entries.flatMap((entry, index) => {
    const reading = readPlan(entry, ids);
    if (reading.ok) return [reading.plan];
    if (reading.reason === 'no-lessons') return [];
    throw new Invalid(`${field}[${index}]: ${reading.detail}`);
  });
}

function readRosterPart(raw: unknown, known: readonly KnownLesson[], ids: ReadonlySet<string>): ClassRoster {
  const data = object(raw, 'roster');
  const members = array(data.members, 'roster.members');
  if (members.length > MAX_MEMBERS) throw new Invalid(`roster.members: more than ${MAX_MEMBERS}`);
  return { plans: readPlanList(data.plans, 'roster.plans', ids), members: members.map((member) => readMember(member, known)) };
}

/**
 * Reads the `classes` field of a backup file: `undefined` for a file made before it existed. Anything malformed
 * refuses the whole part (the page sets it aside, progress still imports); a newer version is refused as such.
 */
export function readClassesPart(raw: unknown, known: readonly KnownLesson[]): ClassesReading {
  if (raw === undefined) return { ok: true, classes: undefined };
  const version = checked(() => object(raw, 'classes').version);
  if (!version.ok || typeof version.value !== 'number' || !Number.isSafeInteger(version.value) || version.value < 1) {
    return { ok: false, reason: 'invalid', detail: `classes.version: ${version.ok ? String(version.value) : version.reason}` };
  }
  if (version.value > CLASSES_VERSION) return { ok: false, reason: 'future-version', detail: `classes version ${version.value} is newer than ${CLASSES_VERSION}` };
  const ids = new Set(known.map((lesson) => lesson.id));
  const read = checked((): ClassBackup => {
    const data = object(raw, 'classes');
    const joined = readPlanList(data.joined, 'joined', ids);
    return data.roster === undefined ? { joined } : { joined, roster: readRosterPart(data.roster, known, ids) };
  });
  return read.ok ? { ok: true, classes: read.value } : { ok: false, reason: 'invalid', detail: read.reason };
}

/** A picked backup file with its class part read: what the import page holds until the learner confirms. */
export interface PickedBackup {
  snapshot: ProgressSnapshot;
  quarantined: number;
  classes: ClassBackup | undefined;
  /** Why the file's class part was set aside, if it was. */
  setAside?: 'future-version' | 'invalid';
}

/**
 * Reads the class part of a restored file. One that cannot be read is set aside with the file's other
 * unreadable records: the progress still imports, and the part goes into the next backup, so a later
 * version of the app can bring it back.
 */
export function pickBackup(read: RestoredSnapshot, known: readonly KnownLesson[], now: number): PickedBackup {
  const reading = readClassesPart(read.classes, known);
  const snapshot = placed(read.snapshot, known);
  if (reading.ok) return { snapshot, quarantined: read.quarantined, classes: reading.classes };
  const entry = quarantined('file', read.classes, `classes: ${reading.detail}`, now, read.snapshot.profile.id);
  return { snapshot: { ...snapshot, quarantine: [...snapshot.quarantine, entry] }, quarantined: read.quarantined, classes: undefined, setAside: reading.reason };
}

/** A file made before an exercise moved to another lesson, with the learner's records at the new place. */
const placed = (snapshot: ProgressSnapshot, known: readonly KnownLesson[]): ProgressSnapshot => ({
  ...snapshot,
  progress: rehomeProgress(snapshot.progress, movesOf(known)).progress,
});

/** The learner of a backup file as the trainer's class sees them: in the plans their file says they joined. */
export function memberFromBackup(read: RestoredSnapshot, known: readonly KnownLesson[]): ClassMember {
  const reading = readClassesPart(read.classes, known);
  return memberFromSnapshot(placed(read.snapshot, known), reading.ok && reading.classes ? reading.classes.joined.map((plan) => plan.id) : []);
}

/** Whether a file's classes would change anything here (a file with no class says nothing about it). */
export const carriesClasses = (classes: ClassBackup | undefined): classes is ClassBackup => classes !== undefined && (classes.joined.length > 0 || classes.roster !== undefined);

/** Both lists of plans, one version per class: the newest. */
export const mergePlans = (current: readonly ClassPlan[], incoming: readonly ClassPlan[]): ClassPlan[] =>
  incoming.reduce<ClassPlan[]>((plans, plan) => keepPlan(plans, plan), [...current]);

/**
 * The plans a learner has joined after importing a file: a merge keeps both sides (newest version of each
 * class), a replace takes the file's, as it does for progress.
 */
export const joinedAfterImport = (current: readonly ClassPlan[], incoming: readonly ClassPlan[], mode: 'merge' | 'replace'): ClassPlan[] =>
  mode === 'replace' ? [...incoming] : mergePlans(current, incoming);

/** The device's class after importing a trainer's file: every plan and learner of both, the newest version of each. */
export function mergeRosters(current: ClassRoster, incoming: ClassRoster): ClassRoster {
  const start: ClassRoster = { plans: mergePlans(current.plans, incoming.plans), members: current.members };
  return incoming.members.reduce((roster, member) => addMember(roster, member).roster, start);
}
