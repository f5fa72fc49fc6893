/**
 * A class plan: the lessons a trainer gives a class, each with an optional due date. It travels in a link, so
 * every plan is read by `readPlan` as untrusted input (names kept as plain text, counts and lengths capped,
 * unknown lessons set aside and reported). Pure: no DOM, no storage.
 */
import { array, checked, id, Invalid, object, text, time } from '../progress/guards.ts';
import { cleanName } from '../progress/profile.ts';

/** One lesson of a plan; `due` is a calendar day (`2026-12-15`), in no time zone. */
export interface PlanLesson {
  lesson: string;
  due?: string;
}

export interface ClassPlan {
  /** Stays the same across versions of one class's plan: a newer version replaces the older. */
  id: string;
  className: string;
  trainer: string;
  /** When this version was made (ms since the epoch): the newest wins. */
  issuedAt: number;
  lessons: PlanLesson[];
}

/** More lessons than any track holds today, far fewer than a link can carry. */
export const MAX_PLAN_LESSONS = 100;
export const MAX_NAME_LENGTH = 60;

const ID = /^[0-9A-Za-z_-]{1,64}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (no 31 February). */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A person's or a class's name as shown: trimmed, spaces collapsed, no control or direction-override characters. */
export function readName(value: unknown, field: string): string {
  const raw = text(value, field, { min: 1, max: MAX_NAME_LENGTH * 2 });
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(raw)) throw new Invalid(`${field}: control character`);
  const name = cleanName(raw);
  if (name === undefined || name.length > MAX_NAME_LENGTH) throw new Invalid(`${field}: length must be 1–${MAX_NAME_LENGTH}`);
  return name;
}

/** A share id (plan, learner): letters, digits, dashes and underscores. */
export function readId(value: unknown, field: string): string {
  const checkedId = id(value, field);
  if (!ID.test(checkedId)) throw new Invalid(`${field}: not an id`);
  return checkedId;
}

/** A plan as read, with the lessons left out because this device does not know them. */
export interface PlanData {
  plan: ClassPlan;
  unknownLessons: string[];
}

export type PlanReading = ({ ok: true } & PlanData) | { ok: false; reason: 'invalid' | 'no-lessons'; detail: string };

/**
 * Reads a plan from a link or from storage, throwing `Invalid` for anything malformed. Lessons this device does
 * not know (a newer or another curriculum) are left out and listed in `unknownLessons`.
 */
export function readPlanData(raw: unknown, knownLessons: Pick<ReadonlySet<string>, 'has'>): PlanData {
  const data = object(raw, 'plan');
  const issuedAt = time(data.issuedAt, 'issuedAt');
  if (issuedAt === undefined) throw new Invalid('issuedAt: missing');
  const entries = array(data.lessons, 'lessons');
  if (entries.length > MAX_PLAN_LESSONS) throw new Invalid(`lessons: more than ${MAX_PLAN_LESSONS}`);
  const seen = new Set<string>();
  const lessons: PlanLesson[] = [];
  const unknownLessons: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const item = object(entry, `lessons[${index}]`);
    const lesson = id(item.lesson, `lessons[${index}].lesson`);
    if (seen.has(lesson)) throw new Invalid(`lessons[${index}]: ${lesson} twice`);
    seen.add(lesson);
    const due = item.due === undefined ? undefined : text(item.due, `lessons[${index}].due`, { max: 10 });
    if (due !== undefined && !isDay(due)) throw new Invalid(`lessons[${index}].due: not a day`);
    if (!knownLessons.has(lesson)) unknownLessons.push(lesson);
    else lessons.push(due === undefined ? { lesson } : { lesson, due });
  }
  const plan: ClassPlan = { id: readId(data.id, 'id'), className: readName(data.className, 'className'), trainer: readName(data.trainer, 'trainer'), issuedAt, lessons };
  return { plan, unknownLessons };
}

/** `readPlanData` as a result: a plan with no lesson this device knows is refused too. */
export function readPlan(raw: unknown, knownLessons: Pick<ReadonlySet<string>, 'has'>): PlanReading {
  const result = checked(() => readPlanData(raw, knownLessons));
  if (!result.ok) return { ok: false, reason: 'invalid', detail: result.reason };
  if (result.value.plan.lessons.length === 0) return { ok: false, reason: 'no-lessons', detail: 'no lesson of this curriculum' };
  return { ok: true, ...result.value };
}

/** What keeping a plan would do to a list of plans. */
export type PlanChange = 'added' | 'updated' | 'same' | 'older';

/** How `plan` compares with the version of the same class in `plans`, if any. */
export function planChange(plans: readonly ClassPlan[], plan: ClassPlan): PlanChange {
  const current = plans.find((candidate) => candidate.id === plan.id);
  if (!current) return 'added';
  if (plan.issuedAt > current.issuedAt) return 'updated';
  return plan.issuedAt === current.issuedAt ? 'same' : 'older';
}

/** `plans` with `plan` kept: added, or in place of an older version of the same class. An older version changes nothing. */
export function keepPlan(plans: readonly ClassPlan[], plan: ClassPlan): ClassPlan[] {
  const change = planChange(plans, plan);
  if (change === 'added') return [...plans, plan];
  if (change === 'updated') return plans.map((candidate) => (candidate.id === plan.id ? plan : candidate));
  return [...plans];
}

/** Reads a stored list of plans; entries that no longer read (or name no known lesson) are dropped. */
export function readPlans(raw: unknown, knownLessons: ReadonlySet<string>): ClassPlan[] {
  if (!Array.isArray(raw)) return [];
  return raw.slice(0, 100).flatMap((entry) => {
    const reading = readPlan(entry, knownLessons);
    return reading.ok ? [reading.plan] : [];
  });
}

