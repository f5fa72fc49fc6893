// npm run lessons:translate -- <track/slug> <locale> [--stamp]
// Starts a translation from the French source (structure and code kept, prose to translate, source version
// recorded). With --stamp, records that an existing translation is up to date with the current source.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_LOCALE } from '../src/lessons/catalog.ts';
import { sourceVersion, stampSourceVersion } from '../src/lessons/freshness.ts';
import { LESSON_FOLDER } from '../src/lessons/location.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { stamp: { type: 'boolean', default: false }, root: { type: 'string', default: 'lessons' } },
});
const [id, locale] = positionals;
const fail = (message: string): never => {
  console.error(`lessons:translate: ${message}`);
  process.exit(1);
};
if (!id || !locale) fail('usage: npm run lessons:translate -- <track/slug> <locale> [--stamp]');
if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(locale!) || locale === SOURCE_LOCALE) fail(`"${locale}" is not a translation language`);

const [track = '', slug = ''] = id!.split('/');
const trackFolder = join(values.root, track);
const folder = existsSync(trackFolder) ? readdirSync(trackFolder).find((name) => LESSON_FOLDER.exec(name)?.[2] === slug) : undefined;
if (!folder) fail(`no lesson "${id}" (write it as track/slug, for example front-end/first-page)`);
const sourcePath = join(trackFolder, folder!, `${SOURCE_LOCALE}.md`);
const targetPath = join(trackFolder, folder!, `${locale}.md`);
const version = sourceVersion(readFileSync(sourcePath, 'utf8'));

if (values.stamp) {
  if (!existsSync(targetPath)) fail(`${targetPath} does not exist yet: run without --stamp to start it`);
  writeFileSync(targetPath, stampSourceVersion(readFileSync(targetPath, 'utf8'), version));
  console.log(`${targetPath} is marked as translated from the current ${sourcePath}.`);
} else {
  if (existsSync(targetPath)) fail(`${targetPath} already exists: update it, then run with --stamp`);
  const source = readFileSync(sourcePath, 'utf8');
  const note = `\n<!-- Translate the text and the frontmatter values into "${locale}". Keep the exercise ids, file names and\n     code; test names and strings the tests do not check may be translated. Then: npm run lessons:check -->\n`;
  const stamped = stampSourceVersion(source, version);
  const end = stamped.indexOf('\n---', 3) + 4;
  writeFileSync(targetPath, `${stamped.slice(0, end)}\n${note}${stamped.slice(end)}`);
  console.log(`Created ${targetPath} from ${sourcePath}: translate its text, then run npm run lessons:check.`);
}
