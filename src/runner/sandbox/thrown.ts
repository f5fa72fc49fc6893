/**
 * An error thrown while a test ran, told in the learner's words: the common mistakes (a misspelt name,
 * calling something that is not a function, reading a property of undefined …) get a sentence of their
 * own, in any browser's wording; anything else shows the error's own text. DOM-free.
 */
import { message } from '../messages.ts';
import type { Message } from '../types.ts';
import { formatArgs } from './format.ts';
import { regexpExec } from './intrinsics.ts';

/** Wordings of Chromium, Firefox and Safari, each with the name it carries. */
const PATTERNS: [RegExp, (match: RegExpExecArray) => Message][] = [
  [/^ReferenceError: (?:([\w$]+) is not defined|Can't find variable: ([\w$]+))$/, (m) => message('runner:thrown.notDefined', { name: m[1] ?? m[2] ?? '' })],
  [/^ReferenceError: (?:Cannot access '([\w$]+)' before initialization|can't access lexical declaration '([\w$]+)' before initialization)/, (m) => message('runner:thrown.beforeInit', { name: m[1] ?? m[2] ?? '' })],
  [/^TypeError: (?:Assignment to constant variable|invalid assignment to const|Attempted to assign to readonly property)/, () => message('runner:thrown.constant')],
  [/^TypeError: Cannot read propert(?:y|ies) of (undefined|null) \(reading '([^']*)'\)/, (m) => message('runner:thrown.readNothing', { value: m[1] ?? '', property: m[2] ?? '' })],
  [/^TypeError: Cannot set propert(?:y|ies) of (undefined|null) \(setting '([^']*)'\)/, (m) => message('runner:thrown.readNothing', { value: m[1] ?? '', property: m[2] ?? '' })],
  [/^TypeError: can't access property "([^"]*)", [\w$.]+ is (undefined|null)$/, (m) => message('runner:thrown.readNothing', { value: m[2] ?? '', property: m[1] ?? '' })],
  [/^TypeError: (undefined|null) is not an object \(evaluating '[^']*?\.?([\w$]+)'\)/, (m) => message('runner:thrown.readNothing', { value: m[1] ?? '', property: m[2] ?? '' })],
  [/^TypeError: ([\w$.[\]'"()]+) is not a function/, (m) => message('runner:thrown.notAFunction', { name: m[1] ?? '' })],
];

/** The translated reason for `error`, and its original text (English, for the curious). */
export function explainThrown(error: unknown): { message: Message; detail: string } {
  const detail = formatArgs([error]);
  for (let i = 0; i < PATTERNS.length; i++) {
    const [pattern, build] = PATTERNS[i] as (typeof PATTERNS)[number];
    const match = regexpExec(pattern, detail);
    if (match) return { message: build(match), detail };
  }
  return { message: message('runner:thrown.error', { error: detail }), detail };
}
