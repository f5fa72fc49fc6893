import { keepPlan, type ClassPlan } from './plan.ts';
import type { ClassReport, KnownLesson } from './report.ts';
import { addMember, addReport, EMPTY_ROSTER, readRoster, type ClassMember, type ClassRoster, type MemberChange } from './roster.ts';
import { deviceStorage, followStored, readStored, ROSTER_KEY, writeStored } from './storage.ts';

/**
 * The trainer's class on this device, shared by the "Ma classe" page, the class view and report links:
 * what one of them adds, the others show (other tabs too).
 */
export class ClassBook {
  #roster = $state.raw<ClassRoster>(EMPTY_ROSTER);
  #known: readonly KnownLesson[];
  #storage: Storage | undefined;

  constructor(known: readonly KnownLesson[], storage = deviceStorage()) {
    this.#known = known;
    this.#storage = storage;
    this.#read();
  }

  get plans(): ClassPlan[] {
    return this.#roster.plans;
  }
  get members(): ClassMember[] {
    return this.#roster.members;
  }

  #read() {
    this.#roster = readRoster(readStored(this.#storage, ROSTER_KEY), this.#known);
  }

  #save(roster: ClassRoster): boolean {
    if (!writeStored(this.#storage, ROSTER_KEY, roster)) return false;
    this.#roster = roster;
    return true;
  }

  /** Keeps a plan the trainer made (a new version replaces the older). False when storage refused. */
  savePlan(plan: ClassPlan): boolean {
    return this.#save({ ...this.#roster, plans: keepPlan(this.#roster.plans, plan) });
  }

  deletePlan(planId: string): boolean {
    return this.#save({ ...this.#roster, plans: this.#roster.plans.filter((plan) => plan.id !== planId) });
  }

  /** Adds or updates the learner a report is about; `undefined` when storage refused. */
  addReport(report: ClassReport): MemberChange | undefined {
    const { roster, change } = addReport(this.#roster, report);
    return this.#save(roster) ? change : undefined;
  }

  /** Adds or updates the learner of a backup file; `undefined` when storage refused. */
  addMember(member: ClassMember): MemberChange | undefined {
    const { roster, change } = addMember(this.#roster, member);
    return this.#save(roster) ? change : undefined;
  }

  /** Forgets every learner (the plans stay). */
  clearMembers(): boolean {
    return this.#save({ ...this.#roster, members: [] });
  }

  /** Follows changes made in other tabs; returns the function that stops. */
  follow(): () => void {
    return followStored(ROSTER_KEY, () => this.#read());
  }
}
