import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/** Runs `npm run lessons:check` as a trainer would (through tsx), on another lessons folder. */
function check(root: string, ...paths: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/lessons-check.ts', '--root', root, ...paths], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run lessons:check', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  test('reports every kind of mistake with its file:line, in one run, and fails', () => {
    const { status, output } = check('tests/fixtures/lessons-check');
    expect(status).toBe(1);
    const file = (path: string) => `tests/fixtures/lessons-check/web/${path}`;
    const expected = [
      `${file('02-broken/fr.md')}:5:1: unknown key "levle"`,
      `${file('02-broken/fr.md')}:33:1: exercise id "same" is already used on line 12`,
      `${file('01-runs/fr.md')}:12:1: link "../09-nowhere/fr.md" leads nowhere`,
      `${file('01-runs/fr.md')}:36:1: exercise "bad-solution": the solution does not pass: test "il y a un titre" fails at line 2 of the tests: Expected the text «Bonjour», but got «».`,
      `${file('01-runs/fr.md')}:58:1: exercise "too-easy": the starter already passes every test`,
      `${file('01-runs/en.md')}:1:1: missing exercise(s) of ${file('01-runs/fr.md')}: too-easy`,
      `${file('01-runs/en.md')}:1:1: outdated translation: ${file('01-runs/fr.md')} changed since it was translated`,
    ];
    for (const line of expected) expect(output).toContain(line);
    expect(output).not.toMatch(/exercise "good"/);
    expect(output).toMatch(/\| web +\| fr +\| 1 +\| 3 +\|/);
    expect(output).toMatch(/exercises run twice in Chromium in [\d.]+ s/);
  }, 120_000);

  test('a lesson made by lessons:new passes out of the box, and so does its translation', () => {
    const root = mkdtempSync(join(tmpdir(), 'sirius-new-'));
    folders.push(root);
    cpSync('tests/fixtures/lessons-check/web', join(root, 'web'), { recursive: true });
    rmSync(join(root, 'web/01-runs'), { recursive: true });
    rmSync(join(root, 'web/02-broken'), { recursive: true });
    for (const [script, args] of [
      ['scripts/lessons-new.ts', ['web', 'first-page', '--root', root]],
      ['scripts/lessons-new.ts', ['web', 'functions', '--kind', 'js', '--root', root]],
      ['scripts/lessons-new.ts', ['web', 'first-server', '--kind', 'http', '--root', root]],
      ['scripts/lessons-new.ts', ['web', 'first-table', '--kind', 'sql', '--root', root]],
      ['scripts/lessons-new.ts', ['web', 'first-quiz', '--kind', 'quiz', '--root', root]],
      ['scripts/lessons-translate.ts', ['web/first-page', 'en', '--root', root]],
    ] as const) {
      const made = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
    }
    const { status, output } = check(root);
    expect(output).toContain('All lessons are correct.');
    expect(status).toBe(0);
  }, 120_000);
});
