import { keepPlan, planChange, readPlans, type ClassPlan, type PlanChange } from './plan.ts';
import { JOINED_PREFIX } from '../progress/keys.ts';
import { deviceStorage, followStored, readStored, writeStored } from './storage.ts';

/** The class plans one learner joined on this device, kept with their profile. */
export class JoinedPlans {
  #plans = $state.raw<ClassPlan[]>([]);
  #key: string;
  #known: ReadonlySet<string>;
  #storage: Storage | undefined;

  constructor(profileId: string, knownLessons: ReadonlySet<string>, storage = deviceStorage()) {
    this.#key = `${JOINED_PREFIX}${profileId}`;
    this.#known = knownLessons;
    this.#storage = storage;
    this.#read();
  }

  get plans(): ClassPlan[] {
    return this.#plans;
  }

  #read() {
    this.#plans = readPlans(readStored(this.#storage, this.#key), this.#known);
  }

  /** What joining `plan` would do. */
  change(plan: ClassPlan): PlanChange {
    return planChange(this.#plans, plan);
  }

  /** Joins the class, or takes its newer plan. Returns false when the browser refused to store it. */
  join(plan: ClassPlan): boolean {
    return this.#save(keepPlan(this.#plans, plan));
  }

  leave(planId: string): boolean {
    return this.#save(this.#plans.filter((plan) => plan.id !== planId));
  }

  #save(plans: ClassPlan[]): boolean {
    if (!writeStored(this.#storage, this.#key, plans)) return false;
    this.#plans = plans;
    return true;
  }

  /** Follows changes made in other tabs; returns the function that stops. */
  follow(): () => void {
    return followStored(this.#key, () => this.#read());
  }
}
