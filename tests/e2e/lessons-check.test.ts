import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const TSX = 'node_modules/tsx/dist/cli.mjs';
/** The trainer's locale, as a shell would set it (LC_ALL and LC_MESSAGES cleared so LANG decides). */
const locale = (LANG: string) => ({ ...process.env, LANG, LC_ALL: '', LC_MESSAGES: '' });

/** Runs a lesson script as a trainer would (through tsx). */
function script(name: string, args: string[], env = locale('fr_BE.UTF-8')) {
  const result = spawnSync(process.execPath, [TSX, `scripts/${name}.ts`, ...args], { encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const check = (root: string, ...args: string[]) => script('lessons-check', ['--root', root, ...args]);

describe('npm run lessons:check', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const scratch = () => {
    const root = mkdtempSync(join(tmpdir(), 'sirius-check-'));
    folders.push(root);
    cpSync('lessons/glossary', join(root, 'glossary'), { recursive: true });
    return root;
  };

  test('reports every kind of mistake with its file:line, in one run, and fails (English with --lang en)', () => {
    const { status, output } = check('tests/fixtures/lessons-check', '--lang', 'en');
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
      `${file('01-runs/fr.md')}:80:1: warning: the lesson has no recap`,
    ];
    for (const line of expected) expect(output).toContain(line);
    expect(output).not.toMatch(/exercise "good"/);
    expect(output).toMatch(/\| web +\| fr +\| 1 +\| 3 +\|/);
    expect(output).toMatch(/exercise\(s\) run twice in Chromium in [\d.]+ s/);
    expect(output).toContain('8 problem(s), 2 warning(s).');
    expect(output).toContain('11 problem(s) to fix.');
  }, 120_000);

  // Messages in French from fr_BE are checked with the runs below; these need no browser (a path with no lesson
  // stops the checker before any run).
  test('speaks French when the locale is neither French nor English, English from LANG=en_GB.UTF-8', () => {
    const typo = 'tests/fixtures/lessons-check/web/99-typo';
    const french = script('lessons-check', ['--root', 'tests/fixtures/lessons-check', typo], locale('C.UTF-8'));
    expect(french.status).toBe(1);
    expect(french.output).toContain(`${typo} : aucune leçon à ce chemin`);
    const english = script('lessons-check', ['--root', 'tests/fixtures/lessons-check', typo], locale('en_GB.UTF-8'));
    expect(english.status).toBe(1);
    expect(english.output).toContain(`${typo}: no lesson at this path`);
  }, 120_000);

  test('a path that matches no lesson fails with a message; paths match whole folder names', () => {
    const paths = ['tests/fixtures/lessons-check/web/99-typo', 'tests/fixtures/lessons-check/web/01-run'];
    const { status, output } = check('tests/fixtures/lessons-check', ...paths);
    expect(status).not.toBe(0);
    for (const path of paths) expect(output).toContain(`${path} : aucune leçon à ce chemin`);
    expect(output).not.toContain('Toutes les leçons sont correctes.');
  });

  test('problems that need no browser print before the first exercise runs', async () => {
    const lines: { text: string; at: number }[] = [];
    const child = spawn(process.execPath, [TSX, 'scripts/lessons-check.ts', '--root', 'tests/fixtures/lessons-check', '--jobs', '1'], { env: locale('fr_BE.UTF-8') });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ text, at: Date.now() });
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const ended = Date.now();
    expect(code).toBe(1);
    const when = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.at ?? Number.NaN;
    const staticProblem = when(/02-broken\/fr\.md:5:1: clé inconnue/);
    const firstRun = when(/^1\/5 exercices/);
    const runProblem = when(/la solution ne réussit pas/);
    expect(staticProblem).toBeLessThanOrEqual(firstRun);
    expect(firstRun).toBeLessThanOrEqual(runProblem);
    // The five exercises take seconds in Chromium: the static problem was not held back until they ended.
    expect(ended - staticProblem).toBeGreaterThan(1000);
    expect(lines.map((line) => line.text)).toContain('5/5 exercices');
    expect(lines.at(-1)?.text).toMatch(/^\d+ problème\(s\) à corriger\.$/);
  }, 120_000);

  test('one unreadable lesson: plain words for its YAML mistake, said once, and no knock-on errors elsewhere', () => {
    const root = scratch();
    for (const [name, args] of [
      ['lessons-new', ['web', 'first-page', '--root', root]],
      ['lessons-new', ['web', 'second-page', '--root', root]],
      ['lessons-translate', ['web/first-page', 'en', '--root', root]],
    ] as const) {
      expect(script(name, [...args]).status).toBe(0);
    }
    const broken = join(root, 'web/01-first-page/fr.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^title: .*$/m, 'title: Étape 1: la page'));
    const { status, output } = check(root, '--jobs', '1');
    expect(status).toBe(1);
    expect(output).toMatch(/01-first-page\/fr\.md:3:\d+: cette valeur contient « : » : mets cette valeur entre guillemets doubles/);
    expect(output.match(/n'a pas pu être lue/g)).toHaveLength(1);
    expect(output).not.toContain("n'a pas de fr.md");
    expect(output).not.toContain("n'est pas une leçon");
    expect(output).not.toContain('Nested mappings');
  }, 120_000);

  test('lessons:new on a new track, then lessons, a translation: lessons:check passes as made (placeholders are warnings)', () => {
    const root = scratch();
    cpSync('tests/fixtures/lessons-check/web/track.yaml', join(root, 'web/track.yaml'));
    for (const [name, args] of [
      ['lessons-new', ['entrepreneuriat', 'offer-site', '--root', root]],
      ['lessons-new', ['entrepreneuriat', 'functions', '--kind', 'js', '--root', root]],
      ['lessons-new', ['entrepreneuriat', 'first-server', '--kind', 'http', '--root', root]],
      ['lessons-new', ['entrepreneuriat', 'first-table', '--kind', 'sql', '--root', root]],
      ['lessons-new', ['entrepreneuriat', 'first-quiz', '--kind', 'quiz', '--root', root]],
      ['lessons-translate', ['entrepreneuriat/offer-site', 'en', '--root', root]],
    ] as const) {
      const made = script(name, [...args]);
      expect(made.status, made.output).toBe(0);
    }
    const track = readFileSync(join(root, 'entrepreneuriat/track.yaml'), 'utf8');
    expect(track).toMatch(/^id: entrepreneuriat$/m);
    expect(track).toMatch(/^order: 2$/m);
    expect(track).toMatch(/^# /m);
    const { status, output } = check(root);
    expect(output).toContain('avertissement : « À compléter » est encore là');
    expect(output).toContain('Toutes les leçons sont correctes.');
    expect(status).toBe(0);
    // The quiz lesson has no code to run: its placeholders fail --strict without starting a browser.
    const strict = check(root, '--strict', join(root, 'entrepreneuriat/05-first-quiz'));
    expect(strict.output).toMatch(/05-first-quiz\/fr\.md:\d+:\d+: « À compléter » est encore là/);
    expect(strict.status).toBe(1);
  }, 180_000);
});
