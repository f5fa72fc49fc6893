/**
 * What `npm run lessons:check` adds to parsing: translation freshness, exercise verdicts from real runs, and
 * the summary table. Pure: the CLI reads files and drives the browser, this module only judges.
 */
import englishRunner from '../i18n/locales/en/runner.json';
import frenchRunner from '../i18n/locales/fr/runner.json';
import { messageText } from '../runner/message-text.ts';
import type { RunProblem, RunResult } from '../runner/types.ts';
import { SOURCE_LOCALE } from './catalog.ts';
import { freshness, sourceVersion, type Freshness } from './freshness.ts';
import type { LessonTree } from './tree.ts';
import { messageLocale, say } from './messages/index.ts';
import type { ExerciseVariant, LessonIssue, ParsedExercise, ParsedLesson } from './types.ts';
import { variantProblem } from './variants.ts';
import { lessonWarnings, placeholderWarnings } from './warnings.ts';

/**
 * The runs that prove an exercise: its solution must pass every test, its starter must fail one; each other
 * solution must pass and each wrong answer must fail (in the order the exercise lists them).
 */
export interface ExerciseVerdict {
  lesson: ParsedLesson;
  exercise: ParsedExercise;
  starter: RunResult;
  solution: RunResult;
  variants: { variant: ExerciseVariant; result: RunResult }[];
}

/** The runner's own words for a failure, in the trainer's language (French or English). */
const runnerTexts = () => (messageLocale() === 'fr' ? frenchRunner : englishRunner);

/** The message as a learner reads it, and the original error text when it adds something. */
const explain = (text: string, detail?: string) => (detail && !text.includes(detail) ? `${text} [${detail}]` : text);

const describeProblem = (problem: RunProblem): string => {
  const where = problem.file ? say('check.in', { file: `${problem.file}${problem.line ? `:${problem.line}` : ''}` }) : '';
  return say('check.problem', { kind: problem.kind, where, detail: explain(messageText(problem.message, runnerTexts()), problem.detail) });
};

const describeFailure = (result: RunResult): string => {
  const failed = result.tests.find((test) => test.status === 'failed');
  const problems = result.problems.map(describeProblem);
  if (failed) {
    const failure = failed.failure as (RunResult['tests'][number]['failure'] & { detail?: string }) | undefined;
    const at = failure?.line ? say('check.atLine', { line: failure.line }) : '';
    const why = failure ? say('check.because', { text: explain(messageText(failure.message, runnerTexts()), failure.detail) }) : '';
    return [say('check.testFails', { name: [...failed.path, failed.name].join(' › ') }) + at + why, ...problems].join('; ');
  }
  if (problems.length) return problems.join('; ');
  return result.tests.length === 0 ? say('check.noTest') : say('check.status', { status: result.status });
};

/** The problems an exercise's runs reveal, at the exercise's line (a variant's at its own block). */
export function verdictIssues({ lesson, exercise, starter, solution, variants }: ExerciseVerdict): LessonIssue[] {
  const at = (message: string): LessonIssue => ({ file: lesson.file, line: exercise.line, column: 1, message });
  const issues: LessonIssue[] = [];
  if (solution.status !== 'passed') issues.push(at(say('check.solutionFails', { id: exercise.id, why: describeFailure(solution) })));
  if (starter.status === 'passed') issues.push(at(say('check.starterPasses', { id: exercise.id })));
  for (const { variant, result } of variants) {
    const problem = variantProblem(variant, result, describeFailure);
    if (problem) issues.push({ file: lesson.file, line: variant.line, column: 1, message: say('check.exercise', { id: exercise.id, problem }) });
  }
  return issues;
}

/** The guide's advice that no check enforces, for every readable lesson and track of the tree. */
export function treeWarnings(tree: LessonTree): LessonIssue[] {
  const sources = new Map(tree.lessons.filter((lesson) => lesson.locale === SOURCE_LOCALE).map((lesson) => [lesson.id, lesson]));
  const tracks = tree.tracks.flatMap((track) => {
    const file = tree.display(`${track.id}/track.yaml`);
    return placeholderWarnings(file, tree.sourceText(file));
  });
  return tracks.concat(
    tree.lessons.flatMap((lesson) => {
      const source = sources.get(lesson.id);
      const original = source && source !== lesson ? { lesson: source, text: tree.sourceText(source.file) } : undefined;
      return lessonWarnings(lesson, tree.sourceText(lesson.file), original);
    }),
  );
}

/** Freshness of every lesson file, and an issue for each translation that is outdated or never stamped. */
export function freshnessReport(tree: LessonTree): { states: Map<string, Freshness>; issues: LessonIssue[] } {
  const states = new Map<string, Freshness>();
  const issues: LessonIssue[] = [];
  // Each source is hashed once, not once per translation of it.
  const sources = new Map(
    tree.lessons.filter((lesson) => lesson.locale === SOURCE_LOCALE).map((lesson) => [lesson.id, { file: lesson.file, lesson, version: sourceVersion(tree.sourceText(lesson.file)) }]),
  );
  for (const lesson of tree.lessons) {
    const source = sources.get(lesson.id);
    if (!source) continue;
    const state = freshness(lesson === source.lesson, lesson.meta.sourceVersion, source.version);
    states.set(lesson.file, state);
    const command = `npm run lessons:translate -- ${lesson.id} ${lesson.locale} --stamp`;
    if (state === 'outdated') {
      issues.push({
        file: lesson.file, line: 1, column: 1,
        message: say('check.outdated', { source: source.file, command }),
      });
    }
    if (state === 'unstamped') {
      issues.push({
        file: lesson.file, line: 1, column: 1,
        message: say('check.unstamped', { source: source.file, command }),
      });
    }
  }
  return { states, issues };
}

export interface SummaryRow {
  track: string;
  locale: string;
  lessons: number;
  exercises: number;
  fresh: number;
  outdated: number;
}

/** Tracks × languages: how many lessons and exercises, and how many translations are fresh or outdated. */
export function summaryRows(tree: LessonTree, states: Map<string, Freshness>): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  for (const lesson of tree.lessons) {
    const key = `${lesson.track}\u0000${lesson.locale}`;
    const row = rows.get(key) ?? { track: lesson.track, locale: lesson.locale, lessons: 0, exercises: 0, fresh: 0, outdated: 0 };
    row.lessons++;
    row.exercises += lesson.blocks.filter((block) => block.type === 'exercise').length;
    const state = states.get(lesson.file);
    if (state === 'fresh') row.fresh++;
    if (state === 'outdated' || state === 'unstamped') row.outdated++;
    rows.set(key, row);
  }
  const localeOrder = (locale: string) => (locale === SOURCE_LOCALE ? '0' : locale === 'en' ? '1' : `2${locale}`);
  return [...rows.values()].sort((a, b) => a.track.localeCompare(b.track) || localeOrder(a.locale).localeCompare(localeOrder(b.locale)));
}

/** The summary as a Markdown table, with a total line. */
export function formatSummary(rows: SummaryRow[]): string {
  const header = say('summary.header');
  const total = rows.reduce(
    (sum, row) => ({ ...sum, lessons: sum.lessons + row.lessons, exercises: sum.exercises + row.exercises, fresh: sum.fresh + row.fresh, outdated: sum.outdated + row.outdated }),
    { track: say('summary.all'), locale: '', lessons: 0, exercises: 0, fresh: 0, outdated: 0 },
  );
  const line = (row: SummaryRow) => {
    const source = row.locale === SOURCE_LOCALE;
    return [row.track, row.locale, row.lessons, row.exercises, source ? say('summary.source') : row.fresh, source ? '' : row.outdated].map(String);
  };
  const table = [header, ...rows.map(line), line(total)];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...table.slice(1).map(format)].join('\n');
}
