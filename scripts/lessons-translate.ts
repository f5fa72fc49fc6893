// npm run lessons:translate -- <track/slug> <locale> [--stamp] [--lang fr|en]
// Starts a translation from the French source (structure and code kept, prose to translate, source version
// recorded). With --stamp, records that an existing translation is up to date with the current source.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_LOCALE } from '../src/lessons/catalog.ts';
import { sourceVersion, stampSourceVersion } from '../src/lessons/freshness.ts';
import { LESSON_FOLDER } from '../src/lessons/location.ts';
import { say } from '../src/lessons/messages/index.ts';
import { useTrainerLocale } from './lib/trainer-locale.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { stamp: { type: 'boolean', default: false }, root: { type: 'string', default: 'lessons' }, lang: { type: 'string' } },
});
useTrainerLocale(values.lang, 'lessons:translate');
const [id, locale] = positionals;
const fail = (message: string): never => {
  console.error(`lessons:translate: ${message}`);
  process.exit(1);
};
if (!id || !locale) fail(say('translate.usage'));
if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(locale!) || locale === SOURCE_LOCALE) fail(say('translate.locale', { locale: locale! }));

const [track = '', slug = ''] = id!.split('/');
const trackFolder = join(values.root, track);
const folder = existsSync(trackFolder) ? readdirSync(trackFolder).find((name) => LESSON_FOLDER.exec(name)?.[2] === slug) : undefined;
if (!folder) fail(say('translate.noLesson', { id: id! }));
const sourcePath = join(trackFolder, folder!, `${SOURCE_LOCALE}.md`);
const targetPath = join(trackFolder, folder!, `${locale}.md`);
const version = sourceVersion(readFileSync(sourcePath, 'utf8'));
/** The file with its `source_version`; a file without frontmatter is refused the way lessons:check refuses it. */
const stamp = (path: string) => stampSourceVersion(readFileSync(path, 'utf8'), version) ?? fail(`${path}:1:1: ${say('front.start')}`);

if (values.stamp) {
  if (!existsSync(targetPath)) fail(say('translate.notYet', { file: targetPath }));
  writeFileSync(targetPath, stamp(targetPath));
  console.log(say('translate.stamped', { file: targetPath, source: sourcePath }));
} else {
  if (existsSync(targetPath)) fail(say('translate.exists', { file: targetPath }));
  const note = `\n<!-- ${say('translate.note', { locale: locale! })} -->\n`;
  const stamped = stamp(sourcePath);
  const end = stamped.indexOf('\n---', 3) + 4;
  writeFileSync(targetPath, `${stamped.slice(0, end)}\n${note}${stamped.slice(end)}`);
  console.log(say('translate.created', { file: targetPath, source: sourcePath }));
}
