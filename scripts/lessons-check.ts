// npm run lessons:check [-- <paths…>] [--root lessons] [--jobs N] [--lang fr|en] [--strict]
// Checks the lessons as learners will meet them: the app's own parser and compiler for the format, links,
// images and glossary terms; translation freshness; the guide's advice (warnings); and every exercise run twice
// in real Chromium by the app's own runner: the solution must pass every test, the starter must fail at least one.
// What needs no browser prints at once; the runs follow with a progress bar.
import { cpus } from 'node:os';
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { freshnessReport, formatSummary, summaryRows, treeWarnings, verdictIssues, type ExerciseVerdict } from '../src/lessons/check.ts';
import { formatIssue } from '../src/lessons/issue.ts';
import { say } from '../src/lessons/messages/index.ts';
import { solutionRuleIssues } from '../src/lessons/solution-rules.ts';
import { readLessonTree } from '../src/lessons/tree.ts';
import type { LessonIssue } from '../src/lessons/types.ts';
import { chromiumPath } from './lib/chromium.ts';
import { exerciseItems, startExerciseRunner } from './lib/exercise-runner.ts';
import { progressBar } from './lib/progress.ts';
import { useTrainerLocale } from './lib/trainer-locale.ts';

const started = performance.now();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: process.env.SIRIUS_LESSONS ?? 'lessons' },
    // One page per core: a run keeps its core busy (its sandbox process is already started), so more pages
    // than cores only add pages to start and runs that time out on a busy machine.
    jobs: { type: 'string', default: String(Math.max(2, Math.min(4, cpus().length))) },
    lang: { type: 'string' },
    strict: { type: 'boolean', default: false },
  },
});
useTrainerLocale(values.lang, 'lessons:check');

const tree = readLessonTree(resolve(values.root));
// Paths narrow what is reported and run; the whole tree is still read, since links and ids cross lessons.
// A path matches whole segments: lessons/web covers lessons/web/01-a/fr.md, not lessons/web-old.
const wanted = positionals.map((path) => resolve(path).replace(/[\\/]+$/, ''));
const under = (file: string, path: string) => resolve(file) === path || resolve(file).startsWith(path + sep);
const selected = (file: string) => wanted.length === 0 || wanted.some((path) => under(file, path));
const files = [...tree.lessons, ...tree.broken].map((lesson) => lesson.file);
const unmatched = positionals.filter((_, index) => !files.some((file) => under(file, wanted[index]!)));
if (unmatched.length > 0) {
  for (const path of unmatched) console.error(`lessons:check: ${say('cli.noMatch', { path })}`);
  process.exit(1);
}

const byPlace = (a: LessonIssue, b: LessonIssue) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
const shown = (issues: LessonIssue[]) => issues.filter((issue) => selected(issue.file)).sort(byPlace);
const warningLabel = values.strict ? undefined : say('cli.warning');
const print = (issues: LessonIssue[], label?: string) => {
  for (const issue of issues) console.log(formatIssue(label ? { ...issue, message: `${label} ${issue.message}` } : issue));
};

// 1. Everything that needs no browser, at once.
const compiled = exerciseItems(tree, (lesson) => selected(lesson.file));
const fresh = freshnessReport(tree);
const problems = shown([...tree.issues, ...compiled.issues, ...tree.lessons.flatMap(solutionRuleIssues), ...fresh.issues]);
const warnings = shown(treeWarnings(tree));
print(problems);
print(warnings, warningLabel);
const staticSeconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${say('cli.staticDone', { problems: problems.length, warnings: warnings.length, seconds: staticSeconds })}\n`);

// 2. Exercises run once per language file: a translation may change test names and the strings they compare.
const exercises = compiled.items;
if (exercises.length > 0 && !chromiumPath()) {
  console.error(`lessons:check: ${say('cli.noChromium')}`);
  process.exit(1);
}
console.log(say('cli.running', { count: exercises.length, pages: Number(values.jobs) }));
const runStarted = performance.now();
let verdicts: ExerciseVerdict[] = [];
if (exercises.length > 0) {
  const runner = await startExerciseRunner({ jobs: Number(values.jobs) });
  const progress = progressBar(exercises.length);
  try {
    verdicts = await runner.verify(exercises, (done) => progress.update(done));
  } finally {
    progress.finish();
    await runner.close();
  }
}
const runSeconds = (performance.now() - runStarted) / 1000;
const failures = shown(verdicts.flatMap(verdictIssues));
print(failures);

// 3. The summary.
console.log(`\n${formatSummary(summaryRows(tree, fresh.states))}\n`);
const total = (performance.now() - started) / 1000;
const each = ((runSeconds / Math.max(1, exercises.length)) * 1000).toFixed(0);
console.log(say('cli.runTime', { count: exercises.length, seconds: runSeconds.toFixed(1), each, pages: Number(values.jobs), total: total.toFixed(1) }));
const errors = problems.length + failures.length + (values.strict ? warnings.length : 0);
if (!values.strict && warnings.length > 0) console.log(say('cli.warnings', { count: warnings.length }));
console.log(errors === 0 ? say('cli.allGood') : say('cli.problems', { count: errors }));
process.exit(errors === 0 ? 0 : 1);
