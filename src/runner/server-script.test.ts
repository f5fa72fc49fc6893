import { describe, expect, test } from 'vitest';
import { serverScript } from './server-script.ts';

/** Runs the script as the page would, and returns what server.js exported. */
async function exportsOf(content: string): Promise<Record<string, unknown>> {
  const built = serverScript({ name: 'server.js', content });
  if (!('script' in built)) throw new Error(JSON.stringify(built.problems));
  const code = built.script.replace(/^<script>|<\/script>$/g, '');
  let started: Promise<unknown> | undefined;
  const exports: Record<string, unknown> = {};
  new Function('__siriusServer', '__siriusLoop', code)((start: (target: object) => Promise<unknown>) => { started = start(exports); }, () => {});
  await started;
  return exports;
}

const fetchOf = (exports: Record<string, unknown>) => (exports.default as { fetch: (request: Request) => Promise<Response> }).fetch;

describe('serverScript', () => {
  test('the default export object reaches the page server, and its module body runs once', async () => {
    const exports = await exportsOf("const dishes = ['soupe'];\nexport default {\n  async fetch(request) {\n    return Response.json(dishes);\n  }\n}");
    const response = await fetchOf(exports)(new Request('http://localhost/api/dishes'));
    expect(await response.json()).toEqual(['soupe']);
  });

  test('a named default function, `export { x as default }`, and named exports all work', async () => {
    expect(typeof (await exportsOf('export default function handler() {}\nexport const x = 1; // no newline after')).default).toBe('function');
    expect((await exportsOf('const server = { fetch() {} };\nexport { server as default };')).default).toEqual({ fetch: expect.any(Function) });
    expect(await exportsOf('export const unused = 2;\nexport function helper() {}')).toEqual({});
  });

  test('top-level await works, as in a module', async () => {
    const exports = await exportsOf("const ready = await Promise.resolve('ok');\nexport default { fetch: () => new Response(ready) };");
    expect(await (await fetchOf(exports)(new Request('http://localhost/'))).text()).toBe('ok');
  });

  test('lines stay the learner\'s: line 3 of server.js is line 3 of the script', () => {
    const content = 'const a = 1;\nconst b = 2;\nthrow new Error("line three");\nexport default {};';
    const built = serverScript({ name: 'server.js', content });
    expect('script' in built && built.script.split('\n')[2]).toContain('throw new Error("line three")');
    expect('script' in built && built.script).toContain('//# sourceURL=server.js');
  });

  test('loops are guarded', () => {
    const built = serverScript({ name: 'server.js', content: 'while (true) {}\nexport default {};' });
    expect('script' in built && built.script).toContain('__siriusLoop("server.js",1)');
  });

  test('an import or a syntax error is a problem at its line, and nothing runs', () => {
    expect(serverScript({ name: 'server.js', content: "const x = 1;\nimport { dishes } from './data.js';" })).toEqual({
      problems: [{ kind: 'syntax', message: { key: 'runner:page.serverImport' }, file: 'server.js', line: 2 }],
    });
    const broken = serverScript({ name: 'server.js', content: 'export default {\n  fetch( {\n}' });
    expect('problems' in broken && broken.problems[0]).toMatchObject({ kind: 'syntax', file: 'server.js', line: 3 });
  });

  test('`</script>` in a string cannot end the script early', () => {
    const built = serverScript({ name: 'server.js', content: "export default { fetch: () => new Response('</script><b>x</b>') };" });
    expect('script' in built && built.script.match(/<\/script>/gi)).toHaveLength(1);
  });
});
