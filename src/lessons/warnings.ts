/**
 * What the guide asks of a lesson but a learner could live without: `lessons:check` lists these as warnings
 * (`--strict` makes them errors). Pure: texts in, positioned issues out.
 */
import { parse, type Node } from 'acorn';
import type { RequestOptions } from '../runner/sandbox/request-data.ts';
import { walk } from '../runner/walk.ts';
import { SOURCE_LOCALE } from './catalog.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { exercisesOf } from './exercises-of.ts';
import { say } from './messages/index.ts';
import { longSentences } from './plain-language.ts';
import type { LessonIssue, ParsedExercise, ParsedLesson } from './types.ts';

/** Every option `request(method, path, options)` reads; the record makes a new option a type error here. */
const REQUEST_OPTIONS = Object.keys({ json: true, form: true, body: true, headers: true, query: true } satisfies Record<keyof RequestOptions, true>);
/** What the templates leave for the trainer to replace. */
const PLACEHOLDER = /À compléter|A compléter|To complete/g;

/** Placeholders left in any text file of the lessons (a lesson, a track.yaml). */
export function placeholderWarnings(file: string, text: string): LessonIssue[] {
  return text.split('\n').flatMap((line, index) =>
    [...line.matchAll(PLACEHOLDER)].map((match) => ({ file, line: index + 1, column: (match.index ?? 0) + 1, message: say('warn.placeholder', { text: match[0] }) })),
  );
}

/** The warnings of one lesson file; `source` is its source-language version when it is a translation. */
export function lessonWarnings(lesson: ParsedLesson, text: string, source?: { lesson: ParsedLesson; text: string }): LessonIssue[] {
  const at = (line: number, message: string, column = 1): LessonIssue => ({ file: lesson.file, line, column, message });
  const warnings = placeholderWarnings(lesson.file, text);
  const exercises = exercisesOf(lesson);
  if (lesson.locale === SOURCE_LOCALE) {
    if (exercises.length < 2) warnings.push(at(1, say('warn.fewExercises', { count: exercises.length })));
    for (const long of longSentences(text)) warnings.push(at(long.line, say('warn.longSentence', { words: long.words, start: long.start })));
  }
  const last = lesson.blocks.at(-1);
  if (!(last?.type === 'prose' && exercises.length > 0 && /^##\s/m.test(last.markdown))) {
    warnings.push(at(text.trimEnd().split('\n').length, say('warn.noRecap')));
  }
  if (source && body(source.text) === body(text)) warnings.push(at(1, say('warn.untranslated', { source: source.lesson.file })));
  for (const exercise of exercises) if (exercise.kind === 'http') warnings.push(...requestOptionWarnings(exercise, at));
  return warnings;
}

const body = (text: string) => {
  const split = splitFrontmatter(text);
  return 'body' in split ? split.body.trim() : text;
};

/** `request(…, { jsn: … })` would send no body: the runner ignores options it does not know. */
function requestOptionWarnings(exercise: ParsedExercise, at: (line: number, message: string, column?: number) => LessonIssue): LessonIssue[] {
  let program: Node;
  try {
    program = parse(exercise.tests, { ecmaVersion: 'latest', sourceType: 'module', locations: true, allowAwaitOutsideFunction: true });
  } catch {
    return []; // a test that does not parse fails when it runs, with its own message
  }
  const warnings: LessonIssue[] = [];
  walk(program, (node) => {
    if (node.type !== 'CallExpression' || !('callee' in node)) return;
    const call = node as Node & { callee: Node & { name?: string }; arguments: Node[] };
    const options = call.arguments[2] as (Node & { properties?: (Node & { key?: Node & { name?: string; value?: unknown } })[] }) | undefined;
    if (call.callee.type !== 'Identifier' || call.callee.name !== 'request' || options?.type !== 'ObjectExpression') return;
    for (const property of options.properties ?? []) {
      const name = property.key?.name ?? (typeof property.key?.value === 'string' ? property.key.value : undefined);
      if (name === undefined || REQUEST_OPTIONS.includes(name)) continue;
      const where = property.loc?.start ?? { line: 1, column: 0 };
      warnings.push(at(exercise.testsLine + where.line - 1, say('warn.requestOption', { option: name, allowed: REQUEST_OPTIONS.join(', ') }), where.column + 1));
    }
  });
  return warnings;
}
