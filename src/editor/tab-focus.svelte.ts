import { pageStorage } from '../progress/unsaved-journal.ts';

/** Where the choice is kept on this device (not in a profile: it is about the keyboard, not the learner's work). */
export const TAB_FOCUS_KEY = 'sirius-learn:editor-tab-moves-focus';

type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Whether Tab moves the focus out of the code editors instead of indenting: keyboard-only learners turn it
 * on to go through the page without touching their code. One choice for every editor, remembered.
 */
export class TabFocus {
  #moves = $state(false);
  readonly #storage: ChoiceStorage | undefined;

  constructor(storage: ChoiceStorage | undefined) {
    this.#storage = storage;
    try {
      this.#moves = storage?.getItem(TAB_FOCUS_KEY) === 'on';
    } catch {
      // Storage refused (a private mode): Tab indents, as it does for everyone at first.
    }
  }

  get moves(): boolean {
    return this.#moves;
  }

  set(moves: boolean): void {
    this.#moves = moves;
    try {
      this.#storage?.setItem(TAB_FOCUS_KEY, moves ? 'on' : 'off');
    } catch {
      // Storage full or refused: the choice holds until the page closes, which is all we can offer.
    }
  }

  toggle(): void {
    this.set(!this.#moves);
  }
}

/** The choice shared by every editor of the page. */
export const tabFocus = new TabFocus(pageStorage());
