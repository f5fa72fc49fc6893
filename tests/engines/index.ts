/** The engines this machine has, and a way to start each. */
import { ENGINE_NAMES, missingProgram, type EngineName } from '../../scripts/lib/engines.mjs';
import { chromiumEngine } from './chromium.ts';
import type { Engine } from './engine.ts';
import { firefoxEngine } from './firefox.ts';
import { webkitEngine } from './webkit.ts';

const START: Record<EngineName, () => Promise<Engine>> = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine };

export const engines = ENGINE_NAMES.map((name) => ({ name, missing: missingProgram(name), start: START[name] }));
export type { Engine, EnginePage } from './engine.ts';
