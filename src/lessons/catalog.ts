import { compareQuizzes } from '../kinds/quiz/compare.ts';
import { say } from './messages/index.ts';
import { ambiguousMoves, lessonMoves, movesDiffer } from './moves.ts';
import type { Catalog, LessonIssue, LessonSummary, LessonTexts, Locale, ParsedLesson, ServedCatalog, TrackConfig } from './types.ts';

/** Lessons (ids) and tracks (ids) with a file that could not be read. */
export interface Unreadable {
  lessons: Set<string>;
  tracks: Set<string>;
}

/** The language every lesson is written in first; translations are made from it. */
export const SOURCE_LOCALE: Locale = 'fr';

/** A translation's quizzes against the source's: same questions, same answers at the same places. */
function quizDifferences(source: ParsedLesson, translation: ParsedLesson) {
  const quizzes = (lesson: ParsedLesson) => lesson.blocks.flatMap((block) => (block.type === 'exercise' && block.exercise.quiz ? [block.exercise] : []));
  const originals = new Map(quizzes(source).map((exercise) => [exercise.id, exercise.quiz!]));
  return quizzes(translation).flatMap((exercise) => {
    const original = originals.get(exercise.id);
    return original ? compareQuizzes(original, exercise.quiz!, source.file, exercise.line) : [];
  });
}

const exerciseIds = (lesson: ParsedLesson, projectsOnly = false) =>
  lesson.blocks.flatMap((block) => (block.type === 'exercise' && (!projectsOnly || block.exercise.project) ? [block.exercise.id] : []));

/**
 * Builds the small catalog from every track and lesson file, checking what no single file can:
 * a source-language file per lesson, one folder per slug, matching exercises across languages,
 * prerequisites that exist and form no cycle. `unreadable` names the lessons (ids) and tracks whose files could
 * not be read: what depends on them is not reported, their own problems already are.
 */
export function buildCatalog(
  tracks: TrackConfig[],
  lessons: ParsedLesson[],
  unreadable: Unreadable = { lessons: new Set(), tracks: new Set() },
): { catalog: Catalog<LessonSummary>; issues: LessonIssue[] } {
  const issues: LessonIssue[] = [];
  const report = (file: string, message: string, line = 1) => issues.push({ file, line, column: 1, message });

  const byId = new Map<string, ParsedLesson[]>();
  for (const lesson of lessons) byId.set(lesson.id, [...(byId.get(lesson.id) ?? []), lesson]);

  const summaries: LessonSummary[] = [];
  for (const [id, files] of byId) {
    const folders = new Set(files.map((file) => file.order));
    if (folders.size > 1) {
      report(files[0]?.file ?? id, say('catalog.slugTwice', { slug: id.split('/')[1] ?? id }));
      continue;
    }
    const source = files.find((file) => file.locale === SOURCE_LOCALE);
    if (!source) {
      if (!unreadable.lessons.has(id)) report(files[0]?.file ?? id, say('catalog.noSource', { id, source: SOURCE_LOCALE }));
      continue;
    }
    const expected = exerciseIds(source);
    const projects = exerciseIds(source, true);
    for (const translation of files) {
      const ids = exerciseIds(translation);
      const missing = expected.filter((exercise) => !ids.includes(exercise));
      const extra = ids.filter((exercise) => !expected.includes(exercise));
      if (missing.length > 0) report(translation.file, say('catalog.missingExercises', { source: source.file, ids: missing.join(', ') }));
      if (extra.length > 0) report(translation.file, say('catalog.extraExercises', { source: source.file, ids: extra.join(', ') }));
      const marked = exerciseIds(translation, true);
      for (const block of translation.blocks) {
        if (block.type !== 'exercise' || !expected.includes(block.exercise.id)) continue;
        if (projects.includes(block.exercise.id) !== marked.includes(block.exercise.id)) {
          report(translation.file, say('catalog.projectsDiffer', { source: source.file, id: block.exercise.id }), block.exercise.line);
        }
      }
      if (translation !== source) for (const problem of [...quizDifferences(source, translation), ...movesDiffer(source, translation)]) report(translation.file, problem.message, problem.line);
    }
    const moves = lessonMoves(source);
    const ordered = [source, ...files.filter((file) => file !== source).sort((a, b) => a.locale.localeCompare(b.locale))];
    summaries.push({
      id,
      track: source.track,
      order: source.order,
      locales: ordered.map((file) => file.locale),
      title: Object.fromEntries(ordered.map((file) => [file.locale, file.meta.title])),
      summary: Object.fromEntries(ordered.map((file) => [file.locale, file.meta.summary])),
      duration: source.meta.duration,
      level: source.meta.level,
      prerequisites: source.meta.prerequisites,
      exercises: expected,
      ...(projects.length > 0 ? { projects } : {}),
      ...(moves.length > 0 ? { moves } : {}),
    });
  }

  const sources = [...byId.values()].flatMap((files) => files.filter((file) => file.locale === SOURCE_LOCALE));
  for (const problem of ambiguousMoves(sources)) report(problem.file, problem.message, problem.line);

  const known = new Map(summaries.map((summary) => [summary.id, summary]));
  const fileOf = (id: string) => byId.get(id)?.find((file) => file.locale === SOURCE_LOCALE)?.file ?? id;
  for (const summary of summaries) {
    for (const prerequisite of summary.prerequisites) {
      if (!known.has(prerequisite) && !unreadable.lessons.has(prerequisite)) report(fileOf(summary.id), say('catalog.prerequisite', { id: prerequisite }));
    }
  }
  for (const cycle of findCycles(summaries)) {
    report(fileOf(cycle[0] ?? ''), say('catalog.loop', { cycle: cycle.join(' → ') }));
  }

  const trackIds = new Set(tracks.map((track) => track.id));
  for (const summary of summaries) {
    if (!trackIds.has(summary.track) && !unreadable.tracks.has(summary.track)) report(fileOf(summary.id), say('catalog.noTrack', { track: summary.track }));
  }

  const catalog: Catalog<LessonSummary> = {
    tracks: [...tracks]
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
      .map((track) => ({
        ...track,
        lessons: summaries.filter((lesson) => lesson.track === track.id).sort((a, b) => a.order - b.order),
      })),
  };
  return { catalog, issues };
}

/** Each loop of prerequisites once, as the path of ids that closes it. */
function findCycles(lessons: LessonSummary[]): string[][] {
  const edges = new Map(lessons.map((lesson) => [lesson.id, lesson.prerequisites]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(id)), id]);
      return;
    }
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) if (edges.has(next)) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of edges.keys()) visit(id, []);
  return cycles;
}

/** The catalog without its texts (what the app loads first) and the texts of each language (loaded apart). */
export function splitCatalog(full: Catalog<LessonSummary>): { catalog: ServedCatalog; texts: Record<Locale, LessonTexts> } {
  const texts: Record<Locale, LessonTexts> = {};
  const catalog: ServedCatalog = {
    tracks: full.tracks.map(({ title, description, ...track }) => {
      const locales = Object.keys(title);
      for (const locale of locales) (texts[locale] ??= {})[track.id] = { title: title[locale] ?? '', summary: description[locale] ?? '' };
      return {
        ...track,
        locales,
        lessons: track.lessons.map(({ title, summary, ...entry }) => {
          for (const locale of entry.locales) {
            (texts[locale] ??= {})[entry.id] = { title: title[locale] ?? '', summary: summary[locale] ?? '' };
          }
          return entry;
        }),
      };
    }),
  };
  return { catalog, texts };
}
