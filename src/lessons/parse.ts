import { EXERCISE_KINDS, gradedKind, isExerciseKind, sandboxKind } from '../kinds/registry.ts';
import { parseAttributes } from './attributes.ts';
import { readMeta, splitFrontmatter } from './frontmatter.ts';
import { readMovedFrom } from './moves.ts';
import { readQuizExercise } from './quiz-exercise.ts';
import {
  type CodeLanguage,
  type ExerciseFile,
  type LessonIssue,
  type LessonLocation,
  type ParsedBlock,
  type ParsedExercise,
  type ParsedLesson,
} from './types.ts';
import { say, sayMessage } from './messages/index.ts';
import { readVariants } from './variants.ts';
import { readPart, type Part, type Report, type Role } from './block.ts';
import { lessonStructure, type FencedBlock, type LessonStructure } from './structure.ts';

export const DEFAULT_TIMEOUT_MS = 3000;
const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXERCISE_OPEN = /^:::exercise(?:\s*\{(.*)\})?\s*$/;
const ATTRIBUTES = ['id', 'kind', 'title', 'timeout', 'ordered', 'starter-from', 'hints', 'project', 'moved-from'];
/** Attributes written alone, without a value. */
const FLAGS = ['project'];

/** Each kind's first file, for messages that show the fence a trainer should write. */
const KIND_ENTRY: Record<string, { language: string; name: string }> = {
  web: { language: 'html', name: 'index.html' },
  js: { language: 'js', name: 'script.js' },
  http: { language: 'js', name: 'server.js' },
  sql: { language: 'sql', name: 'query.sql' },
};

/**
 * Parses one lesson file into typed data with source lines, collecting every problem found.
 * Pure: no file system, no DOM. `lesson` is undefined when any issue was found.
 */
export function parseLesson(
  source: string,
  location: LessonLocation,
): { lesson?: ParsedLesson; issues: LessonIssue[] } {
  const issues: LessonIssue[] = [];
  const report = (line: number, message: string, column = 1) =>
    issues.push({ file: location.file, line, column, message });

  const front = splitFrontmatter(source);
  if ('message' in front) {
    report(front.line, front.message, front.column);
    return { issues };
  }
  const { meta, problems } = readMeta(front.yaml);
  for (const problem of problems) report(problem.line, problem.message, problem.column);

  const structure = lessonStructure(front.body);
  const { lines, fences, markers } = structure;
  const lineOf = (index: number) => index + front.bodyLine;
  const blocks: ParsedBlock[] = [];
  let prose: string[] = [];
  let proseStart = 0;
  const flushProse = () => {
    if (prose.some((line) => line.trim() !== '')) {
      blocks.push({ type: 'prose', markdown: prose.join('\n'), line: lineOf(proseStart) });
    }
    prose = [];
  };
  const exerciseIds = new Map<string, number>();
  const starterNames = new Map<string, string[]>();

  for (let index = 0; index < lines.length; index++) {
    if (prose.length === 0) proseStart = index;
    const fence = fences.get(index);
    if (fence) {
      checkFence(fence, lineOf, report);
      prose.push(...lines.slice(index, fence.end));
      index = fence.end - 1;
      continue;
    }
    if (markers.get(index) === 'open') {
      flushProse();
      const result = readExercise(structure, index, lineOf, report, location);
      index = result.end;
      if (result.exercise) {
        const previous = exerciseIds.get(result.exercise.id);
        if (previous !== undefined) {
          report(result.exercise.line, say('parse.idTaken', { id: result.exercise.id, line: previous }));
        } else {
          checkStarterFrom(result.exercise, starterNames, report);
          exerciseIds.set(result.exercise.id, result.exercise.line);
          starterNames.set(result.exercise.id, result.exercise.starter.map((file) => file.name));
          blocks.push({ type: 'exercise', exercise: result.exercise });
        }
      }
      continue;
    }
    if (markers.get(index) === 'close') {
      report(lineOf(index), say('parse.strayClose'));
      continue;
    }
    prose.push(lines[index] ?? '');
  }
  flushProse();

  if (!blocks.some((block) => block.type === 'prose')) report(front.bodyLine, say('parse.noText'));
  if (issues.length > 0 || !meta) return { issues };
  return { lesson: { ...location, meta, blocks }, issues };
}


/** `starter-from` names an earlier exercise of the same lesson that shares at least one file with this one. */
function checkStarterFrom(exercise: ParsedExercise, earlier: Map<string, string[]>, report: Report) {
  const from = exercise.starterFrom;
  if (from === undefined) return;
  const names = earlier.get(from);
  if (!names) {
    report(exercise.line, say('parse.starterFromNone', { from }));
  } else if (!exercise.starter.some((file) => names.includes(file.name))) {
    report(exercise.line, say('parse.starterFromFiles', { from }));
  }
}

/** A code block is closed and names its language, wherever it is. */
function checkFence(fence: FencedBlock, lineOf: (index: number) => number, report: Report) {
  if (!fence.closed) report(lineOf(fence.start), say('parse.fenceUnclosed'));
  if (!fence.info) report(lineOf(fence.start), say('parse.noLanguage'));
}

/** Reads an `:::exercise{…}` container opening at line `start`; `end` is the index of its closing `:::`. */
function readExercise(
  { lines, fences, markers }: LessonStructure,
  start: number,
  lineOf: (index: number) => number,
  report: Report,
  location: LessonLocation,
): { exercise?: ParsedExercise; end: number } {
  const line = lineOf(start);
  let problemCount = 0;
  const fail: Report = (at, message, column) => {
    problemCount++;
    report(at, message, column);
  };

  const instructions: string[] = [];
  const parts: Part[] = [];
  let end = -1;
  for (let index = start + 1; index < lines.length; index++) {
    const text = lines[index] ?? '';
    if (markers.get(index) === 'close') {
      end = index;
      break;
    }
    if (markers.get(index) === 'open') {
      fail(lineOf(index), say('parse.nested'));
      end = index - 1;
      break;
    }
    const fence = fences.get(index);
    if (!fence) {
      if (parts.length > 0 && text.trim() !== '') {
        fail(lineOf(index), say('parse.textAfterBlocks'));
      }
      instructions.push(text);
      continue;
    }
    checkFence(fence, lineOf, fail);
    // A block inside a list item or a quote is part of the instructions, whatever its info string says.
    const part = fence.nested ? undefined : readPart(fence, lineOf(index), fail);
    if (part) parts.push(part);
    else if (part === undefined) instructions.push(...lines.slice(index, fence.end));
    index = fence.end - 1;
  }
  if (end < 0) {
    fail(line, say('parse.exerciseUnclosed'));
    return { end: lines.length };
  }

  const open = EXERCISE_OPEN.exec(lines[start] ?? '');
  const attributes = open ? parseAttributes(open[1] ?? '') : say('parse.exerciseLine');
  if (typeof attributes === 'string') {
    fail(line, attributes);
    return { end };
  }
  for (const key of attributes.keys()) {
    if (!ATTRIBUTES.includes(key)) fail(line, say('parse.unknownAttribute', { key, allowed: ATTRIBUTES.join(', ') }));
    else if (!FLAGS.includes(key) && attributes.get(key) === undefined) fail(line, say('parse.needsValue', { key }));
  }
  const id = attributes.get('id') ?? '';
  if (!EXERCISE_ID.test(id)) fail(line, say('parse.id'));
  const kind = attributes.get('kind') ?? '';
  if (!isExerciseKind(kind)) {
    fail(line, say('parse.kind', { kinds: EXERCISE_KINDS.join(', ') }));
  }
  const title = (attributes.get('title') ?? '').trim();
  if (!title) fail(line, say('parse.title'));
  const timeoutText = attributes.get('timeout');
  const timeoutMs = timeoutText === undefined ? DEFAULT_TIMEOUT_MS : Number(timeoutText);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 500 || timeoutMs > 30000) {
    fail(line, say('parse.timeout'));
  }
  const orderedText = attributes.get('ordered') ?? 'false';
  if (orderedText !== 'true' && orderedText !== 'false') fail(line, say('parse.ordered'));
  const starterFrom = attributes.get('starter-from');
  if (starterFrom !== undefined && !EXERCISE_ID.test(starterFrom)) fail(line, say('parse.starterFromId'));
  const hintsText = attributes.get('hints') ?? 'after-run';
  if (hintsText !== 'after-run' && hintsText !== 'open') fail(line, say('parse.hints'));
  const project = attributes.has('project');
  if (attributes.get('project') !== undefined) fail(line, say('parse.projectValue'));
  const movedText = attributes.get('moved-from');
  const moved = movedText === undefined ? undefined : readMovedFrom(movedText, location);
  if (moved && 'message' in moved) fail(line, moved.message);
  const movedFrom = moved && 'lessonId' in moved ? { movedFrom: moved.lessonId } : {};

  if (isExerciseKind(kind) && gradedKind(kind)) {
    if (project) fail(line, say('parse.projectQuiz'));
    const code = [...fences.values()]
      .filter((fence) => fence.start > start && fence.start < end)
      .map((fence) => ({ start: fence.start - start - 1, end: fence.end - start - 1 }));
    const exercise = readQuizExercise({ id, kind, title, timeoutMs, line }, { lines: lines.slice(start + 1, end), code }, parts, fail);
    return problemCount > 0 ? { end } : { exercise: { ...exercise, ...movedFrom }, end };
  }

  const instructionsText = instructions.join('\n').trim();
  if (!instructionsText) fail(line, say('parse.instructions'));

  const files = (role: Role): ExerciseFile[] =>
    parts
      .filter((part) => part.role === role && part.variant === undefined)
      .map((part) => ({ name: part.file, language: part.language as CodeLanguage, content: part.content }));
  const starter = files('starter');
  const solution = files('solution');
  const starterNames = new Set<string>();
  for (const part of parts.filter((p) => p.role === 'starter')) {
    if (starterNames.has(part.file)) fail(part.line, say('parse.starterTwice', { file: part.file }));
    starterNames.add(part.file);
  }
  const solutionNames = new Set<string>();
  for (const part of parts.filter((p) => p.role === 'solution' && p.variant === undefined)) {
    if (!starterNames.has(part.file)) {
      fail(part.line, say('parse.solutionNoStarter', { file: part.file }));
    }
    if (solutionNames.has(part.file)) fail(part.line, say('parse.solutionTwice', { file: part.file }));
    solutionNames.add(part.file);
  }
  // The fence to write, in the exercise's own language and file: ```js solution server.js for an http exercise.
  const entry = starter[0] ?? KIND_ENTRY[kind] ?? KIND_ENTRY.web!;
  const fence = (role: Role) => `\`\`\`${entry.language} ${role} ${entry.name}`;
  if (starter.length === 0) fail(line, say('parse.needsStarter', { fence: fence('starter') }));
  if (solution.length === 0) fail(line, say('parse.needsSolution', { fence: fence('solution') }));
  const tests = parts.filter((part) => part.role === 'test');
  if (tests.length === 0) fail(line, say('parse.needsTest'));
  if (tests.length > 1) fail(tests[1]?.line ?? line, say('parse.oneTest'));
  const hints = parts
    .filter((part) => part.role === 'hint')
    .map((part) => ({ markdown: part.content.trim(), line: part.line + 1 }));
  if (hints.length === 0) fail(line, say('parse.needsHint'));
  for (const part of parts) {
    if (part.content.trim() === '') fail(part.line, say('parse.emptyBlock', { role: part.role }));
  }
  const schema = parts.find((part) => part.role === 'schema');
  const seed = parts.find((part) => part.role === 'seed');
  if (seed && !schema) fail(seed.line, say('parse.seedNeedsSchema'));
  if (isExerciseKind(kind)) {
    for (const problem of sandboxKind(kind)?.check({ files: [...starterNames], hasSchema: Boolean(schema) }) ?? []) fail(line, sayMessage(problem));
  }
  const variants = readVariants(parts.filter((part) => part.variant !== undefined), starterNames, fail);

  if (problemCount > 0) return { end };
  const exercise: ParsedExercise = {
    id,
    kind: kind as ParsedExercise['kind'],
    title,
    instructions: instructionsText,
    starter,
    solution,
    tests: tests[0]?.content ?? '',
    testsLine: (tests[0]?.line ?? line) + 1,
    hints,
    timeoutMs,
    ordered: orderedText === 'true',
    line,
    variants,
    ...movedFrom,
  };
  if (hintsText === 'open') exercise.hintsOpen = true;
  if (starterFrom !== undefined) exercise.starterFrom = starterFrom;
  if (project) exercise.project = true;
  if (schema) exercise.database = { schema: schema.content, seed: seed?.content ?? '' };
  return { exercise, end };
}
