import type { LessonIssue, Locale } from './types.ts';
import { say } from './messages/index.ts';
import { readYamlMap } from './yaml-map.ts';

/** One technical term in one language: the word as learners meet it, and a plain definition. */
export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** Terms of one language by term id (`variable`, `http-request` …). */
export type Glossary = Record<string, GlossaryEntry>;

/** The folder under `lessons/` that holds `<locale>.yaml` glossaries instead of a track. */
export const GLOSSARY_FOLDER = 'glossary';
export const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** How a lesson marks a term: `[variables](glossary:variable)`. */
export const TERM_SCHEME = 'glossary:';

/** Parses and validates one language's glossary file. */
export function parseGlossary(source: string, file: string): { glossary: Glossary; issues: LessonIssue[] } {
  const issues: LessonIssue[] = [];
  const map = readYamlMap(source, 1);
  if ('message' in map) return { glossary: {}, issues: [{ file, ...map }] };
  const glossary: Glossary = {};
  for (const [id, value] of map.values) {
    const line = map.lines.get(id) ?? 1;
    const entry = value as Partial<GlossaryEntry> | null;
    if (!TERM_ID.test(id)) issues.push({ file, line, column: 1, message: say('glossary.id', { id }) });
    else if (typeof entry?.term !== 'string' || typeof entry.definition !== 'string' || !entry.term.trim() || !entry.definition.trim()) {
      issues.push({ file, line, column: 1, message: say('glossary.entry', { id }) });
    } else if (Object.keys(entry).some((key) => key !== 'term' && key !== 'definition')) {
      issues.push({ file, line, column: 1, message: say('glossary.extraKey', { id }) });
    } else glossary[id] = { term: entry.term.trim(), definition: entry.definition.trim() };
  }
  return { glossary, issues };
}

/** Reads a locale from a glossary file name (`fr.yaml`). */
export const glossaryLocale = (name: string): Locale | undefined => /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.yaml$/.exec(name)?.[1];
