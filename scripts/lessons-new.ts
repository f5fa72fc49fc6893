// npm run lessons:new -- <track> <slug> [--kind web|js|http|sql|quiz] [--title "…"]
// Scaffolds lessons/<track>/<NN-slug>/fr.md from a commented template (templates/lesson.md) with one exercise
// of the chosen kind (templates/<kind>.md; its glossary example and notes come from the kinds registry).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXERCISE_KINDS, isExerciseKind, kindOf } from '../src/kinds/registry.ts';
import { LESSON_FOLDER, TRACK_ID } from '../src/lessons/location.ts';

const TEMPLATES: readonly string[] = EXERCISE_KINDS;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string', default: 'web' }, title: { type: 'string' }, root: { type: 'string', default: 'lessons' } },
});
const [track, slug] = positionals;
const fail = (message: string): never => {
  console.error(`lessons:new: ${message}`);
  process.exit(1);
};

if (!track || !slug) fail(`usage: npm run lessons:new -- <track> <slug> [--kind ${TEMPLATES.join('|')}] [--title "…"]`);
const root = values.root;
const tracks = readdirSync(root).filter((name) => existsSync(join(root, name, 'track.yaml')));
if (!TRACK_ID.test(track!) || !tracks.includes(track!)) fail(`no track "${track}" (tracks: ${tracks.join(', ')})`);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug!)) fail(`slug "${slug}" must be lowercase words joined by "-", like html-forms`);
const kind = isExerciseKind(values.kind) ? kindOf(values.kind).template : fail(`--kind is one of ${TEMPLATES.join(', ')}`);

const lessons = readdirSync(join(root, track!))
  .map((name) => LESSON_FOLDER.exec(name))
  .filter((match) => match !== null)
  .sort((a, b) => Number(a[1]) - Number(b[1]));
if (lessons.some((match) => match[2] === slug)) fail(`track ${track} already has a lesson "${slug}"`);
const last = lessons.at(-1);
const number = String((last ? Number(last[1]) : 0) + 1).padStart(2, '0');
const folder = join(root, track!, `${number}-${slug}`);

const template = (name: string) => readFileSync(join(import.meta.dirname, 'templates', `${name}.md`), 'utf8');
const lesson = template('lesson')
  .replace('{{title}}', values.title ?? slug!.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase()))
  .replace('{{prerequisite}}', last ? `${track}/${last[2]}` : '')
  .replace('{{glossary}}', kind.glossary)
  .replace('{{notes}}\n', (kind.notes ?? []).map((line) => `  ${line}\n`).join(''))
  .replace('{{body}}\n', template(values.kind));
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'fr.md'), lesson.replace('prerequisites: []\n', ''));
console.log(`Created ${join(folder, 'fr.md')}\nWrite the lesson, then check it: npm run lessons:check -- ${join(folder, 'fr.md')}`);
