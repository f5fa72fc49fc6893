// npm run lessons:new -- <track> <slug> [--kind web|js|http|sql|quiz] [--title "…"] [--lang fr|en]
// Scaffolds lessons/<track>/<NN-slug>/fr.md from a commented template (templates/lesson.md) with one exercise
// of the chosen kind (templates/<kind>.md; its glossary example and notes come from the kinds registry). A track
// that does not exist yet is created first, with a commented track.yaml (templates/track.yaml) after the others.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXERCISE_KINDS, isExerciseKind, kindOf } from '../src/kinds/registry.ts';
import { LESSON_FOLDER, TRACK_ID } from '../src/lessons/location.ts';
import { say } from '../src/lessons/messages/index.ts';
import { useTrainerLocale } from './lib/trainer-locale.ts';

const TEMPLATES: readonly string[] = EXERCISE_KINDS;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string', default: 'web' },
    title: { type: 'string' },
    root: { type: 'string', default: 'lessons' },
    lang: { type: 'string' },
  },
});
useTrainerLocale(values.lang, 'lessons:new');
const [track, slug] = positionals;
const fail = (message: string): never => {
  console.error(`lessons:new: ${message}`);
  process.exit(1);
};

if (!track || !slug) fail(say('new.usage', { kinds: TEMPLATES.join('|') }));
if (!TRACK_ID.test(track!)) fail(say('new.trackId', { track: track! }));
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug!)) fail(say('new.slug', { slug: slug! }));
if (!isExerciseKind(values.kind)) fail(say('new.kind', { kinds: TEMPLATES.join(', ') }));

const root = values.root;
const template = (name: string) => readFileSync(join(import.meta.dirname, 'templates', name), 'utf8');
const trackFile = join(root, track!, 'track.yaml');
if (!existsSync(trackFile)) {
  // A new track comes after the others on the home page.
  const orders = readdirSync(root)
    .map((name) => join(root, name, 'track.yaml'))
    .filter((file) => existsSync(file))
    .map((file) => Number(/^order:\s*(\d+)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? 0));
  mkdirSync(join(root, track!), { recursive: true });
  writeFileSync(trackFile, template('track.yaml').replace('{{id}}', track!).replace('{{order}}', String(Math.max(0, ...orders) + 1)));
  console.log(say('new.trackCreated', { file: trackFile }));
}

const lessons = readdirSync(join(root, track!))
  .map((name) => LESSON_FOLDER.exec(name))
  .filter((match) => match !== null)
  .sort((a, b) => Number(a[1]) - Number(b[1]));
if (lessons.some((match) => match[2] === slug)) fail(say('new.taken', { track: track!, slug: slug! }));
const last = lessons.at(-1);
const number = String((last ? Number(last[1]) : 0) + 1).padStart(2, '0');
const folder = join(root, track!, `${number}-${slug}`);

const kind = kindOf(values.kind as (typeof EXERCISE_KINDS)[number]).template;
const lesson = template('lesson.md')
  .replace('{{title}}', values.title ?? slug!.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase()))
  .replace('{{prerequisite}}', last ? `${track}/${last[2]}` : '')
  .replace('{{glossary}}', kind.glossary)
  .replace('{{notes}}\n', (kind.notes ?? []).map((line) => `  ${line}\n`).join(''))
  .replace('{{body}}\n', template(`${values.kind}.md`));
mkdirSync(folder, { recursive: true });
const file = join(folder, 'fr.md');
writeFileSync(file, lesson.replace('prerequisites: []\n', ''));
console.log(`${say('new.created', { file })}\n${say('new.next', { file })}`);
