import { appContext } from '../context.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import type { Locale } from '../lessons/types.ts';
import { openProgressStore, type StorageProblem } from './open-store.ts';
import { freeAvatar, startingProfile } from './profile.ts';
import { forgetProfileStorage } from './profile-storage.ts';
import { pageStorage } from './unsaved-journal.ts';
import { Progress } from './progress.svelte.ts';
import type { ExerciseMove } from './exercise-moves.ts';
import { DEFAULT_SETTINGS, type ProfilePatch, type ProgressStore } from './store.ts';
import { openTabChannel, type TabChannel } from './tab-channel.ts';
import type { Avatar, Profile, Settings } from './types.ts';
import { askWhoIsLearning, sessionVisits, type VisitStore } from './visit.ts';

export interface SessionOptions {
  /** The language to start in on a first visit (the browser's suggestion). */
  suggestedLocale: Locale;
  /** The name of the profile made on a first visit, in that language ("Moi"). */
  defaultName: string;
  /** Opens the store; the app uses IndexedDB, tests may hand a memory store. */
  open?: () => ReturnType<typeof openProgressStore>;
  /** Where this browser session's learner is remembered; by default `sessionStorage`. */
  visits?: VisitStore;
  /** Where a profile's small values live besides the store (`profile-storage.ts`); by default `localStorage`. */
  storage?: Pick<Storage, 'removeItem'>;
  now?: () => number;
  /** Exercises that moved to another lesson (`movesOf(catalog)`): each learner's records follow them on opening. */
  moves?: readonly ExerciseMove[];
}

/**
 * Who is learning on this device, and their progress. On a first visit a default profile is made without
 * asking. When several learners share the device, each new browser session and each return after the idle
 * time (a device setting) starts with the "Qui apprend ?" picker.
 */
export class LearnerSession {
  #store: ProgressStore;
  #channel: TabChannel | undefined;
  #profiles = $state.raw<Profile[]>([]);
  #settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  #progress = $state.raw<Progress | undefined>(undefined);
  #problem = $state<StorageProblem | 'closed-by-newer-tab' | undefined>(undefined);
  #quarantined = $state(0);
  #dataLeftBehind = false;
  #firstVisit = $state(false);
  #visits: VisitStore;
  #storage: Pick<Storage, 'removeItem'> | undefined;
  #now: () => number;
  #defaultName: string;
  #moves: readonly ExerciseMove[];

  private constructor(store: ProgressStore, channel: TabChannel | undefined, options: SessionOptions) {
    this.#store = store;
    this.#channel = channel;
    this.#visits = options.visits ?? sessionVisits();
    this.#storage = options.storage ?? pageStorage();
    this.#now = options.now ?? Date.now;
    this.#defaultName = options.defaultName;
    this.#moves = options.moves ?? [];
  }

  static async start(options: SessionOptions): Promise<LearnerSession> {
    let session: LearnerSession | undefined;
    const opened = await (options.open ?? (() => openProgressStore({
      onVersionChange: () => {
        if (session) session.#problem = 'closed-by-newer-tab';
      },
    })))();
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : openTabChannel();
    session = new LearnerSession(opened.store, channel, options);
    session.#problem = opened.problem;
    session.#dataLeftBehind = opened.dataLeftBehind;
    session.#quarantined = opened.contents.newlyQuarantined;
    session.#settings = opened.contents.settings ?? { ...DEFAULT_SETTINGS, locale: options.suggestedLocale };
    session.#firstVisit = opened.contents.settings === undefined;
    session.#profiles = opened.contents.profiles;
    const visit = session.#visits.read();
    const ask = askWhoIsLearning(opened.contents.profiles.length, visit, session.#now(), session.#idleMs);
    let profile = ask ? undefined : startingProfile(opened.contents.profiles, visit?.profileId);
    if (!profile && opened.contents.profiles.length === 0) {
      profile = await opened.store.createProfile({ name: options.defaultName, avatar: freeAvatar([]), locale: session.#settings.locale });
      session.#profiles = [profile];
    }
    if (profile) await session.#open(profile);
    return session;
  }

  /** The active learner's progress; undefined while the picker is shown. */
  get progress(): Progress | undefined {
    return this.#progress;
  }
  get profile(): Profile | undefined {
    return this.#progress?.profile;
  }
  get profiles(): Profile[] {
    return this.#profiles;
  }
  get settings(): Settings {
    return this.#settings;
  }
  /** True until settings are first saved on this device: the app then asks for a language before anything. */
  get firstVisit(): boolean {
    return this.#firstVisit;
  }
  /** The language to show: the active learner's, or the device's before anyone is chosen. */
  get locale(): Locale {
    return this.profile?.locale ?? this.#settings.locale;
  }
  /** The language for lessons not in the learner's: their choice, French by default. */
  get secondLocale(): Locale {
    return this.profile?.secondLocale ?? SOURCE_LANGUAGE;
  }
  /** Why progress is kept only in memory, if it is. */
  get problem() {
    return this.#problem;
  }
  /** Storage could not be opened but may hold the learner's data, untouched: offer to save it to a file. */
  get dataLeftBehind(): boolean {
    return this.#dataLeftBehind;
  }
  /** How many unreadable records were set aside at start (kept for export). */
  get quarantined(): number {
    return this.#quarantined;
  }
  get store(): ProgressStore {
    return this.#store;
  }

  get #idleMs(): number {
    return Number(this.#settings.idleMinutes) * 60_000;
  }

  /** The learner did something (a key, a click): the idle time starts again. */
  touch(): void {
    const visit = this.#visits.read();
    if (visit && this.profile?.id === visit.profileId) this.#visits.write({ ...visit, lastActive: this.#now() });
  }

  /**
   * After the idle time without activity on a shared device, shows the picker (the learner's work is saved:
   * leaving a workspace saves its draft). Returns whether it did.
   */
  async checkIdle(): Promise<boolean> {
    if (!this.idle) return false;
    await this.signOut();
    return true;
  }

  /** A learner is open on a shared device and nobody touched the app for the idle time. */
  get idle(): boolean {
    return this.#progress !== undefined && askWhoIsLearning(this.#profiles.length, this.#visits.read(), this.#now(), this.#idleMs);
  }

  async #open(profile: Profile) {
    this.#progress?.dispose();
    this.#visits.write({ profileId: profile.id, lastActive: this.#now() });
    this.#progress = await Progress.open(this.#store, profile, { moves: this.#moves, ...(this.#channel ? { channel: this.#channel } : {}) });
  }

  async #refreshProfiles() {
    this.#profiles = (await this.#store.load()).profiles;
  }

  /** Switches to another learner on this device. */
  async choose(profileId: string): Promise<void> {
    const profile = this.#profiles.find((candidate) => candidate.id === profileId);
    if (profile) await this.#open(profile);
  }

  /** Adds a learner and switches to them. Throws `RangeError` for an empty or too long name. */
  async create(name: string, avatar: Avatar): Promise<Profile> {
    const profile = await this.#store.createProfile({ name, avatar, locale: this.locale });
    await this.#refreshProfiles();
    await this.#open(profile);
    return profile;
  }

  async rename(profileId: string, name: string, avatar: Avatar): Promise<void> {
    await this.#updateProfile(profileId, { name, avatar });
  }

  /** Saves a change to a profile; the active learner's pages follow it at once. */
  async #updateProfile(profileId: string, patch: ProfilePatch): Promise<void> {
    const profile = await this.#store.updateProfile(profileId, patch);
    await this.#refreshProfiles();
    if (this.profile?.id === profileId) await this.#open(profile);
  }

  /** Deletes a learner and all they own on this device; deleting the active one shows the picker. */
  async remove(profileId: string): Promise<void> {
    await this.#store.deleteProfile(profileId);
    forgetProfileStorage(profileId, this.#storage);
    await this.#refreshProfiles();
    if (this.profile?.id === profileId) await this.signOut();
  }

  /** Shows the picker (the current learner's work is already saved). */
  async signOut(): Promise<void> {
    this.#progress?.dispose();
    this.#progress = undefined;
    this.#visits.write(undefined);
  }

  /**
   * The UI language: the device's default, and the active learner's own choice. The profile made on a first
   * visit is named before the learner chooses a language: choosing one renames it `defaultName` ("أنا" for "Moi").
   */
  async setLocale(locale: Locale, defaultName?: string): Promise<void> {
    const profile = this.profile;
    const rename = this.#firstVisit && defaultName !== undefined && profile?.name === this.#defaultName;
    await this.updateSettings({ locale });
    if (profile && (profile.locale !== locale || rename)) await this.#updateProfile(profile.id, rename ? { locale, name: defaultName } : { locale });
  }

  /** "When a lesson is not in my language, show it in …": kept with the active learner's profile. */
  async setSecondLocale(locale: Locale): Promise<void> {
    const profile = this.profile;
    if (profile && profile.secondLocale !== locale) await this.#updateProfile(profile.id, { secondLocale: locale });
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    this.#settings = { ...this.#settings, ...patch };
    this.#firstVisit = false;
    await this.#store.saveSettings(this.#settings);
  }

  /** After an import: profiles and progress as the store now holds them. */
  async reload(): Promise<void> {
    await this.#refreshProfiles();
    const current = this.#profiles.find((profile) => profile.id === this.profile?.id);
    if (current) await this.#open(current);
  }
}

const context = appContext<LearnerSession>('learner session');
export const provideSession = context.provide;
export const useSession = context.use;
export const SESSION_CONTEXT = context.key;
