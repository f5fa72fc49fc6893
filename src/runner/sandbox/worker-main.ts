/**
 * Runtime of the js-kind worker: links the learner's modules to blob: URLs (imports rewritten by the
 * host), imports the test module (which imports the learner's exports), then runs the tests.
 */
import { IMPORT_GLOBAL, moduleMarker, TEST_API_MODULE, TEST_GLOBALS, type ModulePayload } from '../protocol.ts';
import { problemFromError } from './errors.ts';
import { defineGlobal, startSession } from './session.ts';

/** The guard trips this long before the host's timer, so the report (with the line) arrives first. */
const BUDGET_MARGIN_MS = 400;

self.addEventListener('message', (event: MessageEvent<{ nonce: string; payload: ModulePayload }>) => {
  const port = event.ports[0];
  if (!port) return;
  void run(port, event.data.nonce, event.data.payload);
}, { once: true });

async function run(port: MessagePort, nonce: string, payload: ModulePayload): Promise<void> {
  const urls = new Map<string, string>();
  const names = new Map<string, string>();
  const session = startSession(self, {
    files: payload.modules.map((module) => module.name),
    alias: (scriptName) => names.get(scriptName),
    timeLeftMs: payload.timeLeftMs - BUDGET_MARGIN_MS,
    budgetMs: payload.timeLeftMs - BUDGET_MARGIN_MS,
  });
  session.outbox.attach(port, nonce);
  for (const name of TEST_GLOBALS) defineGlobal(self, name, session.api[name]);

  const link = (name: string, code: string) => {
    const url = URL.createObjectURL(new Blob([`${code}\n//# sourceURL=${name}`], { type: 'text/javascript' }));
    urls.set(name, url);
    names.set(url, name);
  };
  link(TEST_API_MODULE, `export const { ${TEST_GLOBALS.join(', ')} } = globalThis;`);
  for (const module of payload.modules) {
    const code = module.imports.reduce((text, dependency) => text.split(moduleMarker(dependency)).join(urls.get(dependency) ?? ''), module.code);
    link(module.name, code);
  }
  defineGlobal(self, IMPORT_GLOBAL, (specifier: unknown) => {
    const url = urls.get(String(specifier).replace(/^\.\//, ''));
    return url ? import(url) : Promise.reject(new TypeError(`Cannot import "${String(specifier)}": only the exercise's files can be imported`));
  });

  // Every learner module runs (in file order, as the learner would expect), then the test module.
  try {
    for (const module of payload.modules) await import(urls.get(module.name) ?? '');
  } catch (error) {
    session.report(problemFromError(error, session.resolve));
    session.outbox.send({ type: 'done' });
    return;
  }
  await session.finish();
}
