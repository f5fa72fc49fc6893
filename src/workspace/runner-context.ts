/**
 * The page's runner, handed to every workspace below the lesson page through context (not passed down
 * through each component). It is created on first use: most visits never run anything.
 */
import { appContext } from '../context.ts';
import type { Runner } from '../runner/types.ts';

export type RunnerSource = () => Promise<Runner>;

const context = appContext<RunnerSource>('runner');
export const provideRunner = context.provide;
export const useRunner = context.use;
export const RUNNER_CONTEXT = context.key;
