// npx tsx scripts/lessons-dump.ts [--root lessons] [--lang fr|en] > dump.json
// Writes everything the lesson format makes of a lessons folder, through the build's own code: every lesson as
// parsed (blocks, exercises, variants, quizzes, lines) and as compiled (the HTML learners get, its assets), and
// every problem with its file:line:col. Lessons and problems come in a fixed order, so two dumps of the same
// folder are byte-identical: dump before and after a change to the parser or the compiler, then compare them
// (cmp before.json after.json) to prove the change keeps every lesson and every message as it was.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileLesson } from '../src/lessons/compile.ts';
import { formatIssue } from '../src/lessons/issue.ts';
import { compileContext, readLessonTree } from '../src/lessons/tree.ts';
import type { LessonIssue } from '../src/lessons/types.ts';
import { useTrainerLocale } from './lib/trainer-locale.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.env.SIRIUS_LESSONS ?? 'lessons' },
    lang: { type: 'string' },
  },
});
useTrainerLocale(values.lang, 'lessons-dump');

const tree = readLessonTree(resolve(values.root));
const context = compileContext(tree);
const byFile = <T extends { file: string }>(a: T, b: T) => a.file.localeCompare(b.file);
// Issues keep the order they were found in within a file: a change of that order is a change of output.
const issues = (list: LessonIssue[]) => [...list].sort(byFile).map(formatIssue);

const lessons = [...tree.lessons].sort(byFile).map((lesson) => {
  const compiled = compileLesson(lesson, context);
  return { file: lesson.file, parsed: lesson, compiled: compiled.content, assets: compiled.assets, issues: issues(compiled.issues) };
});
const dump = {
  lessons,
  broken: tree.broken.map((location) => location.file).sort(),
  issues: issues(tree.issues),
};
process.stdout.write(`${JSON.stringify(dump, null, 1)}\n`);
