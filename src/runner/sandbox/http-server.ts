/**
 * Calls the learner's handler the way today's JavaScript servers do (`export default { fetch(request,
 * env) }` in server.js) and checks what comes back, so a beginner's mistake — no default export, no
 * `return`, a plain object instead of a Response, a thrown error — fails with a message that says so.
 * DOM-free (Node has Request and Response too).
 */
import { message } from '../messages.ts';
import { locate, errorText, isRecursion, type FileResolver, type Location } from './errors.ts';
import { AssertionFailure } from './expect.ts';
import { describeValue } from './format.ts';
import { LoopTimeout } from './guard.ts';

/** The handler shape learners write. */
export interface Handler {
  fetch: (request: Request, env: object) => unknown;
}

/** A request the handler could not answer; `where` is the learner's line when the handler threw. */
export class HandlerFailure extends AssertionFailure {
  constructor(failure: AssertionFailure['failure'], readonly where?: Location) {
    super(failure);
    this.name = 'HandlerFailure';
  }
}

function handlerOf(namespace: unknown): Handler {
  const server = (namespace as { default?: unknown } | undefined)?.default;
  if (server === undefined || server === null) throw new HandlerFailure({ message: message('runner:http.noDefault') });
  if (typeof (server as { fetch?: unknown }).fetch !== 'function') {
    throw new HandlerFailure({ message: message('runner:http.noFetch'), received: describeValue(server) });
  }
  return server as Handler;
}

/**
 * Sends `request` to the handler exported by `namespace` (the learner's server.js module) and returns
 * its Response. Runaway code (LoopTimeout, endless recursion) goes through as is: the run reports it.
 */
export async function dispatch(namespace: unknown, request: Request, env: object, resolve: FileResolver): Promise<Response> {
  const handler = handlerOf(namespace);
  let answer: unknown;
  try {
    answer = await handler.fetch(request, env);
  } catch (error) {
    if (error instanceof LoopTimeout || isRecursion(error)) throw error;
    const where = locate(error, resolve);
    const params = { error: errorText(error) };
    throw new HandlerFailure(where
      ? { message: message('runner:http.threw', { ...params, file: where.file, line: where.line }) }
      : { message: message('runner:http.threwNoLine', params) }, where);
  }
  if (!(answer instanceof Response)) {
    const received = describeValue(answer);
    throw new HandlerFailure({ message: message('runner:http.notAResponse', { received }), received });
  }
  return answer;
}
