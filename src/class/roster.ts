/**
 * The trainer's class on their device: the plans they made and the learners they heard from, by report link
 * or by backup file. Pure: reading (stored data is untrusted too), adding, and the shape the class tables use.
 */
import { checked, id, Invalid, object, time } from '../progress/guards.ts';
import type { ExerciseStatus, ProgressSnapshot } from '../progress/types.ts';
import { readPlans, readName, type ClassPlan } from './plan.ts';
import { readReport, type ClassReport, type KnownLesson, type ReportedLesson } from './report.ts';

export interface ClassMember {
  /** The learner's profile id on their own device. */
  id: string;
  name: string;
  /** When the newest report or backup file about them was made. */
  updatedAt: number;
  /** Lesson id → exercise id → state; exercises left out are not started. */
  lessons: Record<string, ReportedLesson>;
  /** The plans they sent a report for. */
  plans: string[];
}

export interface ClassRoster {
  plans: ClassPlan[];
  members: ClassMember[];
}

export const EMPTY_ROSTER: ClassRoster = { plans: [], members: [] };
/** Far more than a class; keeps stored data bounded. */
export const MAX_MEMBERS = 500;

/**
 * A learner as a backup file shows them: every exercise they passed or began (run, or edited), as of their
 * last recorded activity (so a later report is newer, an earlier one older), in the classes the file says they joined.
 */
export function memberFromSnapshot(snapshot: ProgressSnapshot, plans: string[] = []): ClassMember {
  const lessons: Record<string, ReportedLesson> = {};
  let updatedAt = snapshot.profile.createdAt;
  for (const record of snapshot.progress.exercises) {
    const state = record.status === 'passed' ? 'passed' : record.status === 'attempted' || record.draft ? 'started' : undefined;
    if (state) (lessons[record.lessonId] ??= {})[record.exerciseId] = state;
    updatedAt = Math.max(updatedAt, record.passedAt ?? 0, record.lastRunAt ?? 0, record.draft?.savedAt ?? 0);
  }
  return { id: snapshot.profile.id, name: snapshot.profile.name, updatedAt, lessons, plans };
}

/** What adding a report or a file did. */
export type MemberChange = 'added' | 'updated' | 'older';

/**
 * Adds a learner's report: a new learner, or the newer state of a known one (lessons not in the report keep
 * what an earlier file or report said). A report older than what the roster holds changes nothing.
 */
export function addReport(roster: ClassRoster, report: ClassReport): { roster: ClassRoster; change: MemberChange } {
  const current = roster.members.find((member) => member.id === report.learnerId);
  if (current && current.updatedAt > report.sentAt) return { roster, change: 'older' };
  const member: ClassMember = {
    id: report.learnerId,
    name: report.learner,
    updatedAt: report.sentAt,
    lessons: { ...current?.lessons, ...report.lessons },
    plans: [...new Set([...(current?.plans ?? []), report.planId])],
  };
  return { roster: withMember(roster, member), change: current ? 'updated' : 'added' };
}

/** Adds a learner from a backup file: their whole progress replaces what was known, their plans stay. */
export function addMember(roster: ClassRoster, member: ClassMember): { roster: ClassRoster; change: MemberChange } {
  const current = roster.members.find((candidate) => candidate.id === member.id);
  if (current && current.updatedAt > member.updatedAt) return { roster, change: 'older' };
  return { roster: withMember(roster, { ...member, plans: [...new Set([...(current?.plans ?? []), ...member.plans])] }), change: current ? 'updated' : 'added' };
}

function withMember(roster: ClassRoster, member: ClassMember): ClassRoster {
  const others = roster.members.filter((candidate) => candidate.id !== member.id);
  return { ...roster, members: [...others, member].slice(-MAX_MEMBERS) };
}

const STATUS: Record<ReportedLesson[string], ExerciseStatus> = { passed: 'passed', started: 'attempted' };

/** A member in the shape the class tables read (a backup file's learner and records). */
export function memberRecords(member: ClassMember) {
  const exercises = Object.entries(member.lessons).flatMap(([lessonId, states]) =>
    Object.entries(states).map(([exerciseId, state]) => ({ lessonId, exerciseId, status: STATUS[state] })),
  );
  return { profile: { name: member.name }, progress: { exercises } };
}

/** Reads the stored roster; anything that no longer reads is left out, never thrown. */
export function readRoster(raw: unknown, known: readonly KnownLesson[]): ClassRoster {
  const data = checked(() => object(raw, 'roster'));
  if (!data.ok) return EMPTY_ROSTER;
  const plans = readPlans(data.value.plans, new Set(known.map((lesson) => lesson.id)));
  const stored = Array.isArray(data.value.members) ? data.value.members.slice(0, MAX_MEMBERS) : [];
  const members = stored.flatMap((entry) => {
    const member = checked(() => readMember(entry, known));
    return member.ok ? [member.value] : [];
  });
  return { plans, members };
}

/** Reads one learner of a roster, throwing `Invalid` for anything malformed. */
export function readMember(raw: unknown, known: readonly KnownLesson[]): ClassMember {
  const data = object(raw, 'member');
  const updatedAt = time(data.updatedAt, 'updatedAt');
  if (updatedAt === undefined) throw new Invalid('updatedAt: missing');
  const plans = Array.isArray(data.plans) ? data.plans.slice(0, 100).map((plan, i) => id(plan, `plans[${i}]`)) : [];
  // The lessons read as a report's do: same caps, same states.
  const lessons = readReport({ planId: 'stored', className: 'stored', learnerId: 'stored', learner: 'stored', sentAt: updatedAt, lessons: data.lessons }, known);
  if (!lessons.ok) throw new Invalid(lessons.detail);
  return { id: id(data.id, 'id'), name: readName(data.name, 'name'), updatedAt, lessons: lessons.report.lessons, plans };
}
