/** The guide's complete lesson examples are real lessons: copied as the guide says, they pass lessons:check. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const guide = readFileSync('lessons/README.md', 'utf8');
const english = guide.indexOf('\n## English\n');
/** Every ````markdown block that is a whole lesson file (it starts with its frontmatter), with its language. */
const examples = [...guide.matchAll(/^````markdown\n(---\n[\s\S]*?)^````$/gm)].map((match) => ({
  text: match[1]!,
  locale: (match.index ?? 0) > english ? 'en' : 'fr',
}));

const root = mkdtempSync(join(tmpdir(), 'sirius-guide-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'fr_BE.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });

test('the complete lesson of section 8, in French and in English, passes lessons:check --strict', () => {
  expect(examples.map((example) => example.locale)).toEqual(['fr', 'en']);
  // Where the guide puts it: lessons/front-end/02-menu-list, after the lesson it links to, with its picture.
  cpSync('lessons/glossary', join(root, 'glossary'), { recursive: true });
  cpSync('lessons/front-end/track.yaml', join(root, 'front-end/track.yaml'));
  cpSync('lessons/front-end/01-first-page', join(root, 'front-end/01-first-page'), { recursive: true });
  const folder = join(root, 'front-end/02-menu-list');
  mkdirSync(folder, { recursive: true });
  cpSync('docs/guide/menu.svg', join(folder, 'menu.svg'));
  for (const { text, locale } of examples) writeFileSync(join(folder, `${locale}.md`), text);
  // The English file is a translation made from the French one, as section 10 says.
  expect(run('lessons-translate', 'front-end/menu-list', 'en', '--stamp', '--root', root).status).toBe(0);

  const { status, stdout, stderr } = run('lessons-check', '--root', root, '--strict', folder);
  expect(`${stdout}\n${stderr}`).toContain('Toutes les leçons sont correctes.');
  expect(status).toBe(0);
}, 180_000);
