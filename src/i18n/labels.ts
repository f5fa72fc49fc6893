/**
 * The translation key of each value of a closed set (a level, a theme, a test status …): typed maps instead of
 * keys built at run time, so the type check proves every value has a text and a search finds every key.
 */
import type { OutputTab } from '../kinds/kind.ts';
import type { Level } from '../lessons/types.ts';
import type { RefusalReason, Avatar, TextSize, Theme } from '../progress/types.ts';
import type { Feedback } from '../quiz/quiz.svelte.ts';
import type { ConsoleEntry, TestResult } from '../runner/types.ts';
import type { RunFailure } from '../workspace/workspace.svelte.ts';
import type { TranslationKey } from './translation-key.ts';

type Labels<T extends string> = Readonly<Record<T, TranslationKey>>;

export const LEVEL_LABEL: Labels<Level> = { beginner: 'level.beginner', intermediate: 'level.intermediate', advanced: 'level.advanced' };

export const AVATAR_LABEL: Labels<Avatar> = {
  sun: 'pages:avatars.sun', moon: 'pages:avatars.moon', star: 'pages:avatars.star', leaf: 'pages:avatars.leaf',
  tree: 'pages:avatars.tree', flower: 'pages:avatars.flower', wave: 'pages:avatars.wave', mountain: 'pages:avatars.mountain',
  bird: 'pages:avatars.bird', fish: 'pages:avatars.fish', cat: 'pages:avatars.cat', book: 'pages:avatars.book',
};

export const THEME_LABEL: Labels<Theme> = {
  light: 'pages:settings.themes.light', dark: 'pages:settings.themes.dark',
  contrast: 'pages:settings.themes.contrast', system: 'pages:settings.themes.system',
};

export const TEXT_SIZE_LABEL: Labels<TextSize> = {
  small: 'pages:settings.textSizes.small', medium: 'pages:settings.textSizes.medium',
  large: 'pages:settings.textSizes.large', 'x-large': 'pages:settings.textSizes.x-large',
};

/** Why a backup file was refused, told to the learner importing it. */
export const REFUSAL_LABEL: Labels<RefusalReason> = {
  malformed: 'progress:refusal.malformed', 'not-ours': 'progress:refusal.not-ours', 'future-version': 'progress:refusal.future-version',
  'too-large': 'progress:refusal.too-large', invalid: 'progress:refusal.invalid',
};

/** Why a learner's backup file is not in the class table, told to the trainer. */
export const CLASS_REFUSAL_LABEL: Labels<RefusalReason> = {
  malformed: 'pages:classView.refusal.malformed', 'not-ours': 'pages:classView.refusal.not-ours',
  'future-version': 'pages:classView.refusal.future-version', 'too-large': 'pages:classView.refusal.too-large',
  invalid: 'pages:classView.refusal.invalid',
};

export const OUTPUT_LABEL: Labels<OutputTab> = {
  tests: 'workspace:output.tests', console: 'workspace:output.console', preview: 'workspace:output.preview',
  results: 'workspace:output.results', client: 'workspace:output.client',
};

export const CONSOLE_LEVEL_LABEL: Labels<ConsoleEntry['level']> = {
  log: 'workspace:console.levels.log', info: 'workspace:console.levels.info', warn: 'workspace:console.levels.warn',
  error: 'workspace:console.levels.error', table: 'workspace:console.levels.table', alert: 'workspace:console.levels.alert',
  confirm: 'workspace:console.levels.confirm', prompt: 'workspace:console.levels.prompt',
};

export const TEST_STATUS_LABEL: Labels<TestResult['status']> = {
  passed: 'workspace:results.passed', failed: 'workspace:results.failed', skipped: 'workspace:results.skipped', todo: 'workspace:results.todo',
};

export const RUN_FAILURE_LABEL: Labels<RunFailure> = {
  download: 'pages:lesson.runFailure.download', crash: 'pages:lesson.runFailure.crash', storage: 'pages:lesson.runFailure.storage',
};

export const QUIZ_FEEDBACK_LABEL: Labels<Feedback> = {
  right: 'workspace:quiz.feedback.right', wrong: 'workspace:quiz.feedback.wrong', empty: 'workspace:quiz.feedback.empty',
};
