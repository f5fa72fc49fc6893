// npm run lessons:check [-- <paths…>] [--root lessons] [--jobs N]
// Checks the lessons as learners will meet them: the app's own parser and compiler for the format, links,
// images and glossary terms; translation freshness; and every exercise run twice in real Chromium by the app's
// own runner: the solution must pass every test, the starter must fail at least one.
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freshnessReport, formatSummary, summaryRows, verdictIssues, type ExerciseVerdict } from '../src/lessons/check.ts';
import { formatIssue } from '../src/lessons/issue.ts';
import { solutionRuleIssues } from '../src/lessons/solution-rules.ts';
import { readLessonTree } from '../src/lessons/tree.ts';
import type { LessonIssue } from '../src/lessons/types.ts';
import { exerciseItems, startExerciseRunner } from './lib/exercise-runner.ts';

const started = performance.now();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: process.env.SIRIUS_LESSONS ?? 'lessons' },
    jobs: { type: 'string', default: String(Math.max(2, Math.min(4, cpus().length * 2))) },
  },
});

const tree = readLessonTree(resolve(values.root));
// Paths narrow what is reported and run; the whole tree is still read, since links and ids cross lessons.
const wanted = positionals.map((path) => resolve(path));
const selected = (file: string) => wanted.length === 0 || wanted.some((path) => resolve(file).startsWith(path));

const compiled = exerciseItems(tree, (lesson) => selected(lesson.file));
const exercises = compiled.items;
const issues: LessonIssue[] = [...tree.issues, ...compiled.issues, ...tree.lessons.flatMap(solutionRuleIssues)];
const fresh = freshnessReport(tree);
issues.push(...fresh.issues);

// Exercises run once per language file: a translation may change test names and the strings they compare.
const runStarted = performance.now();
const runner = await startExerciseRunner({ jobs: Number(values.jobs) });
let verdicts: ExerciseVerdict[] = [];
try {
  verdicts = await runner.verify(exercises);
} finally {
  await runner.close();
}
const runSeconds = (performance.now() - runStarted) / 1000;
for (const verdict of verdicts) issues.push(...verdictIssues(verdict));

const shown = issues
  .filter((issue) => selected(issue.file))
  .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
for (const issue of shown) console.log(formatIssue(issue));
console.log(`\n${formatSummary(summaryRows(tree, fresh.states))}\n`);
const total = (performance.now() - started) / 1000;
console.log(
  `${exercises.length} exercises run twice in Chromium in ${runSeconds.toFixed(1)} s (${((runSeconds / Math.max(1, exercises.length)) * 1000).toFixed(0)} ms per exercise, ${values.jobs} pages); whole check ${total.toFixed(1)} s.`,
);
console.log(shown.length === 0 ? 'All lessons are correct.' : `${shown.length} problem(s) to fix.`);
process.exit(shown.length === 0 ? 0 : 1);
