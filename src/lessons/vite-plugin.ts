import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { splitCatalog } from './catalog.ts';
import { ASSET_SCHEME, compileLesson, type CompiledLesson } from './compile.ts';
import { dataPath, LESSONS_CHANGED } from './data.ts';
import { sourceVersion } from './freshness.ts';
import { formatIssue, LessonError } from './issue.ts';
import { localeFromEnvironment, setMessageLocale } from './messages/index.ts';
import { compileContext, readLessonTree, type LessonTree } from './tree.ts';
import type { Catalog, LessonIssue, LessonLocation, LessonSummary, ParsedLesson } from './types.ts';

const CATALOG_ID = 'virtual:sirius/catalog';

export interface LessonsPluginOptions {
  /** The lessons folder; `SIRIUS_LESSONS` in the environment overrides it. */
  root?: string;
}

/**
 * Compiles `lessons/` at build time into a small catalog module (`virtual:sirius/catalog`, loaded with the
 * home page) and data files loaded on demand: one JSON file per lesson and language, lesson texts and
 * glossaries per language, images as hashed assets. A malformed lesson stops the build with
 * `file:line:col: message`; in dev the same files are served live, a broken lesson shows its errors on its
 * page and in the terminal while the other lessons keep working, and saving a lesson shows it at once (in place
 * when only lesson bodies changed).
 */
export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  const root = resolve(process.env.SIRIUS_LESSONS ?? options.root ?? 'lessons');
  // Lesson problems are for the trainer at this terminal: in their language (LANG …), French by default.
  setMessageLocale(localeFromEnvironment(process.env));
  let tree: LessonTree | undefined;
  let dev = false;
  const current = () => (tree ??= readLessonTree(root));

  const compile = (lesson: ParsedLesson): CompiledLesson => compileLesson(lesson, compileContext(current()));

  /** A lesson's data file, with asset references turned into URLs by `asset`. */
  function lessonJson(lesson: ParsedLesson, asset: (path: string) => string): { json: string; issues: LessonIssue[] } {
    const compiled = compile(lesson);
    const json = JSON.stringify(compiled.content).replace(new RegExp(`${ASSET_SCHEME}:(\\d+)`, 'g'), (_, index: string) =>
      asset(compiled.assets[Number(index)] ?? ''),
    );
    return { json, issues: compiled.issues };
  }

  /** The texts and glossary files, by path. */
  function sharedFiles(): Map<string, string> {
    const files = new Map<string, string>();
    const { glossaries } = current();
    for (const [locale, texts] of Object.entries(servedCatalog(current(), dev).texts)) {
      files.set(dataPath.texts(locale), JSON.stringify(texts));
      // A lessons folder without a glossary for this language: an empty one (marked words stay plain), not a 404.
      files.set(dataPath.glossary(locale), JSON.stringify(glossaries.get(locale) ?? {}));
    }
    for (const [locale, glossary] of glossaries) files.set(dataPath.glossary(locale), JSON.stringify(glossary));
    return files;
  }

  return {
    name: 'sirius-lessons',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    buildStart() {
      tree = readLessonTree(root);
      if (!dev && tree.issues.length > 0) this.error(new LessonError(tree.issues).message);
    },
    resolveId: (id) => (id === CATALOG_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${CATALOG_ID}`) return undefined;
      const { catalog } = servedCatalog(current(), dev);
      return [
        `export const catalog = JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`,
        `export const dataVersion = ${JSON.stringify(dataVersion(current()))};`,
      ].join('\n');
    },
    generateBundle() {
      const emitted = new Map<string, string>();
      const asset = (path: string) => {
        const known = emitted.get(path);
        if (known) return known;
        const reference = this.emitFile({ type: 'asset', name: basename(path), source: readFileSync(join(root, path)) });
        const fileName = this.getFileName(reference);
        emitted.set(path, fileName);
        return fileName;
      };
      const issues: LessonIssue[] = [];
      for (const lesson of current().lessons) {
        const { json, issues: found } = lessonJson(lesson, asset);
        issues.push(...found);
        this.emitFile({ type: 'asset', fileName: dataPath.lesson(lesson.id, lesson.locale), source: json });
      }
      if (issues.length > 0) this.error(new LessonError(issues).message);
      for (const [fileName, source] of sharedFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      // Lesson data straight from the Markdown files, compiled on each request: what you save is what you see.
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!path.startsWith('lessons/') || !path.endsWith('.json')) return next();
        const matches = (lesson: ParsedLesson | LessonLocation) => dataPath.lesson(lesson.id, lesson.locale) === path;
        const lesson = current().lessons.find(matches);
        const broken = current().broken.find(matches);
        const compiled = lesson ? lessonJson(lesson, (file) => `/@fs${join(root, file)}`) : undefined;
        const own = [...(compiled?.issues ?? []), ...current().issues.filter((issue) => issue.file === (lesson ?? broken)?.file)];
        const body = compiled?.json ?? sharedFiles().get(path);
        if (own.length > 0 || body === undefined) {
          response.statusCode = own.length > 0 ? 500 : 404;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(own.length > 0 ? own.map(formatIssue).join('\n') : `no lesson data at ${path}`);
          return;
        }
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(body);
      });
      server.watcher.add(root);
      // What the open pages hold besides lesson bodies: when a save leaves it alone, they refresh in place.
      const shared = () => JSON.stringify([servedCatalog(current(), dev), [...current().glossaries]]);
      let served = shared();
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(root)) return;
        tree = readLessonTree(root);
        const module = server.moduleGraph.getModuleById(`\0${CATALOG_ID}`);
        if (module) server.moduleGraph.invalidateModule(module);
        // Mistakes show on the lesson's own page, and here in the terminal, without stopping the other lessons.
        if (tree.issues.length > 0) server.config.logger.error(new LessonError(tree.issues).message, { timestamp: true });
        const next = shared();
        server.ws.send(next === served ? { type: 'custom', event: LESSONS_CHANGED } : { type: 'full-reload' });
        served = next;
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/** A fingerprint of every lesson and glossary: data URLs change exactly when the data does. */
function dataVersion(tree: LessonTree): string {
  return sourceVersion(
    [...tree.lessons, ...tree.broken]
      .map((lesson) => `${lesson.file}\n${tree.sourceText(lesson.file)}`)
      .concat(JSON.stringify([...tree.glossaries]))
      .join('\n'),
  );
}

/** The catalog as the app gets it; in dev, lessons that do not parse are listed so their page shows why. */
function servedCatalog(tree: LessonTree, dev: boolean) {
  const full: Catalog<LessonSummary> = structuredClone(tree.catalog);
  if (dev) addBrokenLessons(full, tree);
  return splitCatalog(full);
}

function addBrokenLessons(catalog: Catalog<LessonSummary>, tree: LessonTree) {
  for (const location of tree.broken) {
    const track = catalog.tracks.find((candidate) => candidate.id === location.track);
    if (!track) continue;
    const existing = track.lessons.find((lesson) => lesson.id === location.id);
    if (existing) {
      if (!existing.locales.includes(location.locale)) existing.locales.push(location.locale);
      continue;
    }
    track.lessons.push({
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
    });
    track.lessons.sort((a, b) => a.order - b.order);
  }
}
