import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildCatalog, SOURCE_LOCALE } from './catalog.ts';
import type { CompileContext } from './compile.ts';
import { GLOSSARY_FOLDER, glossaryLocale, parseGlossary, type Glossary } from './glossary.ts';
import { isIssue, lessonLocation, LESSON_FOLDER } from './location.ts';
import { say } from './messages/index.ts';
import { parseLesson } from './parse.ts';
import { parseTrack } from './track.ts';
import type { Catalog, LessonIssue, LessonLocation, LessonSummary, Locale, ParsedLesson, TrackConfig } from './types.ts';

/** Every lesson file under a lessons folder, parsed, with all problems found. Node only. */
export interface LessonTree {
  root: string;
  tracks: TrackConfig[];
  lessons: ParsedLesson[];
  /** Lesson files that could not be parsed (their problems are in `issues`). */
  broken: LessonLocation[];
  catalog: Catalog<LessonSummary>;
  /** Technical terms per language (`lessons/glossary/<locale>.yaml`). */
  glossaries: Map<Locale, Glossary>;
  /** Lesson folder relative to the root (`front-end/01-web`) → lesson id, to resolve links. */
  folders: Map<string, string>;
  issues: LessonIssue[];
  /** Path shown in messages for a path relative to the root. */
  display(path: string): string;
  /** The raw text of a lesson file or a track.yaml, by the path shown in messages. */
  sourceText(file: string): string;
}

const list = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);
const isFolder = (path: string) => statSync(path).isDirectory();

/** Reads and parses a lessons folder (`lessons/` by default). Paths in messages are relative to `cwd`. */
export function readLessonTree(root: string, cwd = process.cwd()): LessonTree {
  const display = (path: string) => {
    const shown = relative(cwd, join(root, path));
    return (shown.startsWith('..') ? join(root, path) : shown).split(sep).join('/');
  };
  const tracks: TrackConfig[] = [];
  const lessons: ParsedLesson[] = [];
  const broken: LessonLocation[] = [];
  const issues: LessonIssue[] = [];
  const folders = new Map<string, string>();
  const glossaries = new Map<Locale, Glossary>();
  const unreadableTracks = new Set<string>();
  const texts = new Map<string, string>();
  for (const name of list(join(root, GLOSSARY_FOLDER))) {
    const locale = glossaryLocale(name);
    const path = `${GLOSSARY_FOLDER}/${name}`;
    if (!locale) {
      issues.push({ file: display(path), line: 1, column: 1, message: say('tree.glossaryName') });
      continue;
    }
    const parsed = parseGlossary(readFileSync(join(root, path), 'utf8'), display(path));
    issues.push(...parsed.issues);
    glossaries.set(locale, parsed.glossary);
  }
  const source = glossaries.get(SOURCE_LOCALE) ?? {};
  for (const [locale, glossary] of glossaries) {
    const extra = Object.keys(glossary).filter((id) => !(id in source));
    if (extra.length > 0) {
      issues.push({ file: display(`${GLOSSARY_FOLDER}/${locale}.yaml`), line: 1, column: 1, message: say('tree.glossaryExtra', { source: SOURCE_LOCALE, terms: extra.join(', ') }) });
    }
  }

  for (const trackFolder of list(root).filter((name) => name !== GLOSSARY_FOLDER && isFolder(join(root, name)))) {
    const trackFile = `${trackFolder}/track.yaml`;
    if (existsSync(join(root, trackFile))) {
      const text = readFileSync(join(root, trackFile), 'utf8');
      texts.set(display(trackFile), text);
      const parsed = parseTrack(text, display(trackFile), trackFolder);
      issues.push(...parsed.issues);
      if (parsed.track) tracks.push(parsed.track);
      else unreadableTracks.add(trackFolder);
    } else {
      issues.push({ file: display(trackFolder), line: 1, column: 1, message: say('tree.noTrackYaml') });
    }
    for (const lessonFolder of list(join(root, trackFolder))) {
      const folderPath = `${trackFolder}/${lessonFolder}`;
      if (!isFolder(join(root, folderPath))) continue;
      if (!LESSON_FOLDER.test(lessonFolder)) {
        issues.push({ file: display(folderPath), line: 1, column: 1, message: say('tree.folderName') });
        continue;
      }
      for (const name of list(join(root, folderPath)).filter((file) => file.endsWith('.md'))) {
        const path = `${folderPath}/${name}`;
        const location = lessonLocation(path, display(path));
        if (isIssue(location)) {
          issues.push(location);
          continue;
        }
        folders.set(folderPath, location.id);
        const text = readFileSync(join(root, path), 'utf8');
        texts.set(location.file, text);
        const parsed = parseLesson(text, location);
        issues.push(...parsed.issues);
        if (parsed.lesson) lessons.push(parsed.lesson);
        else {
          broken.push(location);
          issues.push({ file: location.file, line: 1, column: 1, message: say('tree.unreadable') });
        }
      }
    }
  }
  const built = buildCatalog(tracks, lessons, { lessons: new Set(broken.map((location) => location.id)), tracks: unreadableTracks });
  issues.push(...built.issues);
  const sourceText = (file: string) => texts.get(file) ?? '';
  return { root, tracks, lessons, broken, catalog: built.catalog, glossaries, folders, issues, display, sourceText };
}

/** What the compiler needs from the tree: lesson folders, files next to lessons, source-language glossary terms. */
export function compileContext(tree: LessonTree): CompileContext {
  return {
    lessonAt: (folder) => tree.folders.get(folder),
    fileExists: (path) => existsSync(join(tree.root, path)) && statSync(join(tree.root, path)).isFile(),
    termExists: (term) => term in (tree.glossaries.get(SOURCE_LOCALE) ?? {}),
  };
}
