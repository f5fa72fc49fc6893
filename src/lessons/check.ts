/**
 * What `npm run lessons:check` adds to parsing: translation freshness, exercise verdicts from real runs, and
 * the summary table. Pure: the CLI reads files and drives the browser, this module only judges.
 */
import englishRunner from '../i18n/locales/en/runner.json';
import { messageText } from '../runner/message-text.ts';
import type { RunProblem, RunResult } from '../runner/types.ts';
import { SOURCE_LOCALE } from './catalog.ts';
import { freshness, sourceVersion, type Freshness } from './freshness.ts';
import type { LessonTree } from './tree.ts';
import type { ExerciseVariant, LessonIssue, ParsedExercise, ParsedLesson } from './types.ts';
import { variantProblem } from './variants.ts';

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

/** The message as a learner reads it (in English), and the original error text when it adds something. */
const explain = (text: string, detail?: string) => (detail && !text.includes(detail) ? `${text} [${detail}]` : text);

const describeProblem = (problem: RunProblem): string => {
  const where = problem.file ? ` in ${problem.file}${problem.line ? `:${problem.line}` : ''}` : '';
  return `${problem.kind} error${where}: ${explain(messageText(problem.message, englishRunner), problem.detail)}`;
};

const describeFailure = (result: RunResult): string => {
  const failed = result.tests.find((test) => test.status === 'failed');
  const problems = result.problems.map(describeProblem);
  if (failed) {
    const failure = failed.failure as (RunResult['tests'][number]['failure'] & { detail?: string }) | undefined;
    const at = failure?.line ? ` at line ${failure.line} of the tests` : '';
    const why = failure ? `: ${explain(messageText(failure.message, englishRunner), failure.detail)}` : '';
    return [`test "${[...failed.path, failed.name].join(' › ')}" fails${at}${why}`, ...problems].join('; ');
  }
  if (problems.length) return problems.join('; ');
  return result.tests.length === 0 ? 'no test ran (does the test block call test()?)' : `status ${result.status}`;
};

/** The problems an exercise's runs reveal, at the exercise's line (a variant's at its own block). */
export function verdictIssues({ lesson, exercise, starter, solution, variants }: ExerciseVerdict): LessonIssue[] {
  const at = (message: string): LessonIssue => ({ file: lesson.file, line: exercise.line, column: 1, message });
  const issues: LessonIssue[] = [];
  if (solution.status !== 'passed') issues.push(at(`exercise "${exercise.id}": the solution does not pass: ${describeFailure(solution)}`));
  if (starter.status === 'passed') issues.push(at(`exercise "${exercise.id}": the starter already passes every test: a learner would have nothing to do`));
  for (const { variant, result } of variants) {
    const problem = variantProblem(variant, result, describeFailure);
    if (problem) issues.push({ file: lesson.file, line: variant.line, column: 1, message: `exercise "${exercise.id}": ${problem}` });
  }
  return issues;
}

/** Freshness of every lesson file, and an issue for each translation that is outdated or never stamped. */
export function freshnessReport(tree: LessonTree): { states: Map<string, Freshness>; issues: LessonIssue[] } {
  const states = new Map<string, Freshness>();
  const issues: LessonIssue[] = [];
  const sources = new Map(tree.lessons.filter((lesson) => lesson.locale === SOURCE_LOCALE).map((lesson) => [lesson.id, lesson]));
  for (const lesson of tree.lessons) {
    const source = sources.get(lesson.id);
    if (!source) continue;
    const state = freshness(lesson === source, lesson.meta.sourceVersion, sourceVersion(tree.sourceText(source.file)));
    states.set(lesson.file, state);
    const command = `npm run lessons:translate -- ${lesson.id} ${lesson.locale} --stamp`;
    if (state === 'outdated') {
      issues.push({
        file: lesson.file, line: 1, column: 1,
        message: `outdated translation: ${source.file} changed since it was translated; update it, then run ${command}`,
      });
    }
    if (state === 'unstamped') {
      issues.push({
        file: lesson.file, line: 1, column: 1,
        message: `this translation does not say which version of ${source.file} it was made from: run ${command}`,
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
  const header = ['track', 'language', 'lessons', 'exercises', 'translated (fresh)', 'outdated'];
  const total = rows.reduce(
    (sum, row) => ({ ...sum, lessons: sum.lessons + row.lessons, exercises: sum.exercises + row.exercises, fresh: sum.fresh + row.fresh, outdated: sum.outdated + row.outdated }),
    { track: 'all', locale: '', lessons: 0, exercises: 0, fresh: 0, outdated: 0 },
  );
  const line = (row: SummaryRow) => {
    const source = row.locale === SOURCE_LOCALE;
    return [row.track, row.locale, row.lessons, row.exercises, source ? '(source)' : row.fresh, source ? '' : row.outdated].map(String);
  };
  const table = [header, ...rows.map(line), line(total)];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...table.slice(1).map(format)].join('\n');
}
