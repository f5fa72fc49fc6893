/**
 * Typed maps of translation keys for closed sets of values (a level, a theme, a test status …), instead of keys
 * built at run time: the type check proves every value has a text. Each map lives with the component that shows
 * it, so the namespaces a page needs are found from its own parts (see `page-namespaces.ts`).
 */
import type { Level } from '../lessons/types.ts';
import type { TranslationKey } from './translation-key.ts';

/** The key of each value of `T`. */
export type Labels<T extends string> = Readonly<Record<T, TranslationKey>>;

export const LEVEL_LABEL: Labels<Level> = { beginner: 'level.beginner', intermediate: 'level.intermediate', advanced: 'level.advanced' };
