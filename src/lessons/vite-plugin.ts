import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { SOURCE_LOCALE } from './catalog.ts';
import { ASSET_SCHEME, compileLesson } from './compile.ts';
import { formatIssue, LessonError } from './issue.ts';
import { readLessonTree, type LessonTree } from './tree.ts';
import type { Catalog, LessonSummary } from './types.ts';

const CATALOG_ID = 'virtual:sirius/catalog';
const LESSON_PREFIX = 'virtual:sirius/lesson/';
const GLOSSARY_PREFIX = 'virtual:sirius/glossary/';

export interface LessonsPluginOptions {
  /** The lessons folder; `SIRIUS_LESSONS` in the environment overrides it. */
  root?: string;
}

/**
 * Compiles `lessons/` at build time: a small eager catalog (`virtual:sirius/catalog`) and one lazy
 * chunk per lesson and language. A malformed lesson stops the build with `file:line:col: message`;
 * in dev it shows in the error overlay and on the lesson's page while other lessons keep working.
 */
export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  const root = resolve(process.env.SIRIUS_LESSONS ?? options.root ?? 'lessons');
  let tree: LessonTree | undefined;
  let dev = false;
  const current = () => (tree ??= readLessonTree(root));

  return {
    name: 'sirius-lessons',
    config: () => ({
      build: { rolldownOptions: { output: { chunkFileNames: lessonChunkName } } },
    }),
    configResolved(config) {
      dev = config.command === 'serve';
    },
    buildStart() {
      tree = readLessonTree(root);
      if (!dev && tree.issues.length > 0) this.error(new LessonError(tree.issues).message);
    },
    resolveId(id) {
      if (id === CATALOG_ID || id.startsWith(LESSON_PREFIX) || id.startsWith(GLOSSARY_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${CATALOG_ID}`) return catalogModule(current(), dev);
      if (id.startsWith(`\0${GLOSSARY_PREFIX}`)) {
        const glossary = current().glossaries.get(id.slice(GLOSSARY_PREFIX.length + 1)) ?? {};
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(glossary))});`;
      }
      if (!id.startsWith(`\0${LESSON_PREFIX}`)) return undefined;
      const [track, slug, locale] = id.slice(LESSON_PREFIX.length + 1).split('/');
      const matches = (l: { track: string; slug: string; locale: string }) =>
        l.track === track && l.slug === slug && l.locale === locale;
      const lesson = current().lessons.find(matches);
      const file = (lesson ?? current().broken.find(matches))?.file;
      const own = current().issues.filter((issue) => issue.file === file);
      if (!lesson || own.length > 0) {
        const issues = own.length > 0 ? own : [{ file: `${track}/${slug}`, line: 1, column: 1, message: 'no such lesson' }];
        // In dev the lesson page shows this message; the build never gets here (it stopped at buildStart).
        return `throw new Error(${JSON.stringify(issues.map(formatIssue).join('\n'))});`;
      }
      const compiled = compileLesson(lesson, {
        lessonAt: (folder) => current().folders.get(folder),
        fileExists: (path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile(),
        termExists: (term) => term in (current().glossaries.get(SOURCE_LOCALE) ?? {}),
      });
      if (compiled.issues.length > 0) {
        if (!dev) this.error(new LessonError(compiled.issues).message);
        return `throw new Error(${JSON.stringify(compiled.issues.map(formatIssue).join('\n'))});`;
      }
      const imports = compiled.assets.map((asset, index) => `import a${index} from ${JSON.stringify(`${join(root, asset)}?url`)};`);
      const json = JSON.stringify(JSON.stringify(compiled.content));
      return [
        ...imports,
        `const assets = [${compiled.assets.map((_, index) => `a${index}`).join(', ')}];`,
        `export default JSON.parse(${json}.replace(/${ASSET_SCHEME}:(\\d+)/g, (_, i) => assets[Number(i)]));`,
      ].join('\n');
    },
    configureServer(server) {
      server.watcher.add(root);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(root)) return;
        tree = readLessonTree(root);
        invalidate(server);
        if (tree.issues.length > 0) {
          server.ws.send({
            type: 'error',
            err: { message: new LessonError(tree.issues).message, stack: '', plugin: 'sirius-lessons', id: file },
          });
        } else server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/** Lesson and glossary chunks named after what they hold (`assets/lesson/front-end-first-page-fr-<hash>.js`). */
function lessonChunkName(chunk: { facadeModuleId: string | null }): string {
  const match = /virtual:sirius\/(lesson|glossary)\/(.+)$/.exec(chunk.facadeModuleId ?? '');
  return match ? `assets/${match[1]}/${(match[2] ?? '').replaceAll('/', '-')}-[hash].js` : 'assets/[name]-[hash].js';
}

function invalidate(server: ViteDevServer) {
  for (const module of server.moduleGraph.idToModuleMap.values()) {
    if (module.id?.startsWith(`\0virtual:sirius/`)) server.moduleGraph.invalidateModule(module);
  }
}

/** The eager catalog module: data plus one dynamic import per lesson and language. */
function catalogModule(tree: LessonTree, dev: boolean): string {
  const catalog: Catalog = structuredClone(tree.catalog);
  if (dev) addBrokenLessons(catalog, tree);
  const loaders = catalog.tracks.flatMap((track) =>
    track.lessons.map((lesson) => {
      const slug = lesson.id.split('/')[1];
      const entries = lesson.locales.map(
        (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(`${LESSON_PREFIX}${track.id}/${slug}/${locale}`)})`,
      );
      return `${JSON.stringify(lesson.id)}: {${entries.join(', ')}}`;
    }),
  );
  const glossaries = [...tree.glossaries.keys()].map(
    (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(`${GLOSSARY_PREFIX}${locale}`)})`,
  );
  return [
    `export const catalog = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`,
    `export const lessonLoaders = {${loaders.join(',\n')}};`,
    `export const glossaryLoaders = {${glossaries.join(', ')}};`,
  ].join('\n');
}

/** In dev, a lesson that does not parse still gets a catalog entry, so its page can show its errors. */
function addBrokenLessons(catalog: Catalog, tree: LessonTree) {
  for (const location of tree.broken) {
    const track = catalog.tracks.find((t) => t.id === location.track);
    if (!track) continue;
    const existing = track.lessons.find((lesson) => lesson.id === location.id);
    if (existing) {
      if (!existing.locales.includes(location.locale)) existing.locales.push(location.locale);
      continue;
    }
    const summary: LessonSummary = {
      id: location.id,
      track: location.track,
      order: location.order,
      locales: [location.locale],
      title: { [location.locale]: `⚠ ${location.slug}` },
      summary: { [location.locale]: '' },
      duration: 1,
      level: 'beginner',
      prerequisites: [],
      exercises: [],
    };
    track.lessons.push(summary);
    track.lessons.sort((a, b) => a.order - b.order);
  }
}
