/**
 * Which script called us, read from a stack trace: the first frame that is not this sandbox bundle's
 * own. Lets the test API accept tests declared by the test file only — learner code calling `fit(…)`
 * would otherwise skip every trainer test. Works with V8 (`at fn (file:1:2)`), Firefox and Safari
 * (`fn@file:1:2`) stacks. DOM-free.
 */
import { call, ErrorCtor, getOwnPropertyDescriptor, regexpExec, stringLastIndexOf, stringSlice, stringSplit } from './intrinsics.ts';

const FRAME = /([^()\s]+):\d+:\d+\)?\s*$/;
/** V8's hook to rewrite stacks: learner code setting it could forge one. */
const prepare: unknown = (ErrorCtor as { prepareStackTrace?: unknown }).prepareStackTrace;

function files(stack: string): string[] {
  const found: string[] = [];
  const lines = stringSplit(stack, '\n');
  for (let i = 0; i < lines.length; i++) {
    const match = regexpExec(FRAME, lines[i] as string);
    if (!match) continue;
    const file = match[1] as string;
    found[found.length] = stringSlice(file, stringLastIndexOf(file, '@') + 1);
  }
  return found;
}

/** Firefox and Safari read `stack` through a getter on Error.prototype: the one captured here. */
const stackGetter = getOwnPropertyDescriptor(ErrorCtor.prototype, 'stack')?.get;

const stackOf = (): string => {
  const error = new ErrorCtor();
  const stack: unknown = stackGetter ? call(stackGetter, error) : error.stack;
  return typeof stack === 'string' ? stack : '';
};

/** This bundle's own script (the first frame of a stack made here), evaluated before any learner code. */
const OWN = files(stackOf())[0];

/** The file of the first caller outside this bundle, or undefined when the stack cannot be trusted. */
export function callerFile(): string | undefined {
  if ((ErrorCtor as { prepareStackTrace?: unknown }).prepareStackTrace !== prepare) return undefined;
  const frames = files(stackOf());
  for (let i = 0; i < frames.length; i++) if (frames[i] !== OWN) return frames[i];
  return undefined;
}
