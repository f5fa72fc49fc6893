import { parseQuiz } from '../kinds/quiz/parse.ts';
import { EXERCISE_KINDS, gradedKind, isExerciseKind, sandboxKind } from '../kinds/registry.ts';
import { parseAttributes } from './attributes.ts';
import { readMeta, splitFrontmatter } from './frontmatter.ts';
import {
  CODE_LANGUAGES,
  type CodeLanguage,
  type ExerciseFile,
  type LessonIssue,
  type LessonLocation,
  type ParsedBlock,
  type ParsedExercise,
  type ParsedLesson,
} from './types.ts';
import { readVariants, VARIANT_ROLES, type VariantRole } from './variants.ts';

export const DEFAULT_TIMEOUT_MS = 3000;
const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXERCISE_OPEN = /^:::exercise(?:\s*\{(.*)\})?\s*$/;
const CONTAINER_CLOSE = /^:::\s*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATTRIBUTES = ['id', 'kind', 'title', 'timeout', 'ordered', 'starter-from', 'hints'];
const NO_LANGUAGE = 'say which language this code block is in: ```html, ```css, ```js, ```text …';

const ROLES = ['starter', 'solution', 'test', 'hint', 'schema', 'seed', 'wrong'] as const;
type Role = (typeof ROLES)[number];
/** `solution:arrow`, `wrong`, `wrong:concat`: the role, then the variant's name. */
const ROLE_WORD = /^([a-z]+)(?::([a-z0-9]+(?:-[a-z0-9]+)*))?$/;

const LANGUAGE_ALIASES: Record<string, CodeLanguage | 'md'> = {
  javascript: 'js',
  mjs: 'js',
  txt: 'text',
  markdown: 'md',
  md: 'md',
};
const EXTENSIONS: Record<string, CodeLanguage> = {
  html: 'html',
  htm: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  sql: 'sql',
  json: 'json',
  txt: 'text',
};

/** A fenced block inside an exercise whose info string names a role (`html starter index.html`). */
interface Part {
  role: Role;
  language: CodeLanguage | 'md';
  file: string;
  content: string;
  /** Line of the opening fence. */
  line: number;
  /** For another solution or a wrong answer: its name (`arrow` in `solution:arrow`, empty for `wrong`). */
  variant?: string;
  /** `catches="…"` on a wrong answer: the test that must fail. */
  catches?: string;
}

interface Fence {
  marker: string;
  info: string;
  line: number;
  content: string[];
}

/** Reads a fenced code block opening at `lines[start]`; returns its end index (the closing fence). */
function readFence(lines: string[], start: number): { fence: Fence; end: number } | undefined {
  const open = FENCE_OPEN.exec(lines[start] ?? '');
  if (!open) return undefined;
  const marker = open[1] ?? '```';
  const info = (open[2] ?? '').trim();
  if (marker[0] === '`' && info.includes('`')) return undefined;
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  const content: string[] = [];
  for (let index = start + 1; index < lines.length; index++) {
    if (closing.test(lines[index] ?? '')) return { fence: { marker, info, line: start + 1, content }, end: index };
    content.push(lines[index] ?? '');
  }
  return { fence: { marker, info, line: start + 1, content }, end: lines.length };
}

function normaliseLanguage(word: string): CodeLanguage | 'md' | undefined {
  const lower = word.toLowerCase();
  if (lower in LANGUAGE_ALIASES) return LANGUAGE_ALIASES[lower];
  return (CODE_LANGUAGES as readonly string[]).includes(lower) ? (lower as CodeLanguage) : undefined;
}

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

  const lines = front.body.split('\n');
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
    const line = lines[index] ?? '';
    if (prose.length === 0) proseStart = index;
    const fenced = readFence(lines, index);
    if (fenced) {
      if (fenced.end >= lines.length) report(lineOf(index), 'this code block is not closed');
      if (!fenced.fence.info) report(lineOf(index), NO_LANGUAGE);
      prose.push(...lines.slice(index, fenced.end + 1));
      index = fenced.end;
      continue;
    }
    if (line.startsWith(':::exercise')) {
      flushProse();
      const result = readExercise(lines, index, lineOf, report);
      index = result.end;
      if (result.exercise) {
        const previous = exerciseIds.get(result.exercise.id);
        if (previous !== undefined) {
          report(result.exercise.line, `exercise id "${result.exercise.id}" is already used on line ${previous}`);
        } else {
          checkStarterFrom(result.exercise, starterNames, report);
          exerciseIds.set(result.exercise.id, result.exercise.line);
          starterNames.set(result.exercise.id, result.exercise.starter.map((file) => file.name));
          blocks.push({ type: 'exercise', exercise: result.exercise });
        }
      }
      continue;
    }
    if (CONTAINER_CLOSE.test(line)) {
      report(lineOf(index), 'this ":::" line closes nothing (is an ":::exercise" line missing above?)');
      continue;
    }
    prose.push(line);
  }
  flushProse();

  if (!blocks.some((block) => block.type === 'prose')) report(front.bodyLine, 'the lesson has no text');
  if (issues.length > 0 || !meta) return { issues };
  return { lesson: { ...location, meta, blocks }, issues };
}

type Report = (line: number, message: string, column?: number) => void;

/** `starter-from` names an earlier exercise of the same lesson that shares at least one file with this one. */
function checkStarterFrom(exercise: ParsedExercise, earlier: Map<string, string[]>, report: Report) {
  const from = exercise.starterFrom;
  if (from === undefined) return;
  const names = earlier.get(from);
  if (!names) {
    report(exercise.line, `starter-from="${from}": no exercise of that id comes before this one in the lesson`);
  } else if (!exercise.starter.some((file) => names.includes(file.name))) {
    report(exercise.line, `starter-from="${from}": that exercise has no file named like this one's starter files`);
  }
}

/** Reads an `:::exercise{…}` container starting at `lines[start]`; `end` is the index of its closing `:::`. */
function readExercise(
  lines: string[],
  start: number,
  lineOf: (index: number) => number,
  report: Report,
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
    if (CONTAINER_CLOSE.test(text)) {
      end = index;
      break;
    }
    if (text.startsWith(':::exercise')) {
      fail(lineOf(index), 'an exercise cannot hold another exercise (is a ":::" line missing above?)');
      end = index - 1;
      break;
    }
    const fenced = readFence(lines, index);
    if (!fenced) {
      if (parts.length > 0 && text.trim() !== '') {
        fail(lineOf(index), 'write the instructions before the code blocks: this text would be glued to them');
      }
      instructions.push(text);
      continue;
    }
    if (fenced.end >= lines.length) fail(lineOf(index), 'this code block is not closed');
    if (!fenced.fence.info) fail(lineOf(index), NO_LANGUAGE);
    const part = readPart(fenced.fence, lineOf(index), fail);
    if (part) parts.push(part);
    else if (part === undefined) instructions.push(...lines.slice(index, fenced.end + 1));
    index = fenced.end;
  }
  if (end < 0) {
    fail(line, 'this exercise is not closed: add a ":::" line after its last block');
    return { end: lines.length };
  }

  const open = EXERCISE_OPEN.exec(lines[start] ?? '');
  const attributes = open ? parseAttributes(open[1] ?? '') : 'write the exercise line as :::exercise{id=… kind=… title="…"}';
  if (typeof attributes === 'string') {
    fail(line, attributes);
    return { end };
  }
  for (const key of attributes.keys()) {
    if (!ATTRIBUTES.includes(key)) fail(line, `unknown exercise attribute "${key}" (allowed: ${ATTRIBUTES.join(', ')})`);
  }
  const id = attributes.get('id') ?? '';
  if (!EXERCISE_ID.test(id)) fail(line, 'the exercise needs an id of lowercase words joined by "-" (id=say-hello)');
  const kind = attributes.get('kind') ?? '';
  if (!isExerciseKind(kind)) {
    fail(line, `the exercise needs a kind: one of ${EXERCISE_KINDS.join(', ')}`);
  }
  const title = (attributes.get('title') ?? '').trim();
  if (!title) fail(line, 'the exercise needs a title (title="…")');
  const timeoutText = attributes.get('timeout');
  const timeoutMs = timeoutText === undefined ? DEFAULT_TIMEOUT_MS : Number(timeoutText);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 500 || timeoutMs > 30000) {
    fail(line, 'timeout is a whole number of milliseconds between 500 and 30000');
  }
  const orderedText = attributes.get('ordered') ?? 'false';
  if (orderedText !== 'true' && orderedText !== 'false') fail(line, 'ordered must be true or false');
  const starterFrom = attributes.get('starter-from');
  if (starterFrom !== undefined && !EXERCISE_ID.test(starterFrom)) fail(line, 'starter-from is the id of an earlier exercise (starter-from=portfolio-step-1)');
  const hintsText = attributes.get('hints') ?? 'after-run';
  if (hintsText !== 'after-run' && hintsText !== 'open') fail(line, 'hints is "after-run" (the last hint and the solution wait for a first run) or "open"');

  if (isExerciseKind(kind) && gradedKind(kind)) {
    const exercise = readQuizExercise({ id, kind, title, timeoutMs, line }, lines.slice(start + 1, end), parts, fail);
    return problemCount > 0 ? { end } : { exercise, end };
  }

  const instructionsText = instructions.join('\n').trim();
  if (!instructionsText) fail(line, 'the exercise has no instructions: say what to do before its code blocks');

  const files = (role: Role): ExerciseFile[] =>
    parts
      .filter((part) => part.role === role && part.variant === undefined)
      .map((part) => ({ name: part.file, language: part.language as CodeLanguage, content: part.content }));
  const starter = files('starter');
  const solution = files('solution');
  const starterNames = new Set<string>();
  for (const part of parts.filter((p) => p.role === 'starter')) {
    if (starterNames.has(part.file)) fail(part.line, `the starter file "${part.file}" is given twice`);
    starterNames.add(part.file);
  }
  const solutionNames = new Set<string>();
  for (const part of parts.filter((p) => p.role === 'solution' && p.variant === undefined)) {
    if (!starterNames.has(part.file)) {
      fail(part.line, `the solution file "${part.file}" has no starter file of that name`);
    }
    if (solutionNames.has(part.file)) fail(part.line, `the solution file "${part.file}" is given twice`);
    solutionNames.add(part.file);
  }
  if (starter.length === 0) fail(line, 'the exercise needs at least one starter file (```html starter index.html)');
  if (solution.length === 0) fail(line, 'the exercise needs a solution (```html solution index.html)');
  const tests = parts.filter((part) => part.role === 'test');
  if (tests.length === 0) fail(line, 'the exercise needs a test block (```js test)');
  if (tests.length > 1) fail(tests[1]?.line ?? line, 'an exercise has one test block: put every test in it');
  const hints = parts
    .filter((part) => part.role === 'hint')
    .map((part) => ({ markdown: part.content.trim(), line: part.line + 1 }));
  if (hints.length === 0) fail(line, 'the exercise needs at least one hint (```md hint)');
  for (const part of parts) {
    if (part.content.trim() === '') fail(part.line, `this ${part.role} block is empty`);
  }
  const schema = parts.find((part) => part.role === 'schema');
  const seed = parts.find((part) => part.role === 'seed');
  if (seed && !schema) fail(seed.line, 'seed data needs a schema block (```sql schema) before it');
  if (isExerciseKind(kind)) {
    for (const problem of sandboxKind(kind)?.check({ files: [...starterNames], hasSchema: Boolean(schema) }) ?? []) fail(line, problem);
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
  };
  if (hintsText === 'open') exercise.hintsOpen = true;
  if (starterFrom !== undefined) exercise.starterFrom = starterFrom;
  if (schema) exercise.database = { schema: schema.content, seed: seed?.content ?? '' };
  return { exercise, end };
}

/** A quiz: its introduction and questions, and no code blocks (those are reported, and the quiz left unread). */
function readQuizExercise(
  head: Pick<ParsedExercise, 'id' | 'kind' | 'title' | 'timeoutMs' | 'line'>,
  body: string[],
  parts: Part[],
  fail: Report,
): ParsedExercise {
  const empty = { ...head, instructions: '', starter: [], solution: [], tests: '', testsLine: head.line, hints: [], variants: [], ordered: false };
  for (const part of parts) fail(part.line, `a quiz has no ${part.role} block: write its questions with "###" (see lessons/README.md)`, 4);
  if (parts.length > 0) return empty;
  const { intro, quiz } = parseQuiz(body, head.line + 1, fail);
  if (!intro) fail(head.line, 'the quiz has no instructions: say what to do before its first question');
  return { ...empty, instructions: intro, ...(quiz ? { quiz } : {}) };
}

/**
 * Turns a fence inside an exercise into a part. Returns undefined for a plain example block (one word:
 * it stays in the instructions) and null for a block with a mistake (already reported).
 */
function readPart(fence: Fence, line: number, fail: Report): Part | null | undefined {
  // Language, role, file, then (for a wrong answer) attributes that may hold spaces: catches="test name".
  const info = /^(\S+)\s+(\S+)(?:\s+(\S+))?(?:\s+(.*))?$/.exec(fence.info);
  if (!info) return undefined;
  const [, languageWord = '', roleWord = '', file = '', rest = ''] = info;
  const extra = rest.trim() ? [rest.trim()] : [];
  const [, roleName = '', variant] = ROLE_WORD.exec(roleWord) ?? [];
  if (!(ROLES as readonly string[]).includes(roleName)) {
    fail(line, `unknown block role "${roleWord}" (use one of: ${ROLES.join(', ')}, solution:name, wrong:name)`, 4);
    return null;
  }
  const role = roleName as Role;
  if (variant !== undefined && !(VARIANT_ROLES as readonly string[]).includes(role)) {
    fail(line, `only solution and wrong blocks take a name: write "${role}"`, 4);
    return null;
  }
  const language = normaliseLanguage(languageWord);
  if (!language) {
    fail(line, `unknown language "${languageWord}" (use one of: ${[...CODE_LANGUAGES, 'md'].join(', ')})`, 4);
    return null;
  }
  const content = fence.content.join('\n');
  const part: Part = { role, language, file, content, line };
  if (role === 'wrong' || variant !== undefined) {
    part.variant = variant ?? '';
    const catches = extra.length > 0 ? readCatches(role as VariantRole, extra[0] ?? '') : undefined;
    if (typeof catches === 'string') {
      fail(line, catches, 4);
      return null;
    }
    if (catches) part.catches = catches.test;
  } else if (extra.length > 0) {
    fail(line, `too many words after the fence: write "${languageWord} ${role}${file ? ` ${file}` : ''}"`, 4);
    return null;
  }
  if (role === 'starter' || role === 'solution' || role === 'wrong') {
    if (!file) {
      fail(line, `a ${role} block names its file: \`\`\`${languageWord} ${role} index.html`, 4);
      return null;
    }
    if (!/^[A-Za-z0-9][\w.-]*$/.test(file)) {
      fail(line, `file name "${file}" may only hold letters, digits, ".", "-" and "_"`, 4);
      return null;
    }
    const extension = file.split('.').pop()?.toLowerCase() ?? '';
    if (EXTENSIONS[extension] !== language) {
      fail(line, `file "${file}" does not match the block's language "${languageWord}"`, 4);
      return null;
    }
    return part;
  }
  if (file) {
    fail(line, `a ${role} block takes no file name`, 4);
    return null;
  }
  const expected: Record<string, string> = { test: 'js', hint: 'md', schema: 'sql', seed: 'sql' };
  if (expected[role] !== language) {
    fail(line, `a ${role} block is written in ${expected[role]}: \`\`\`${expected[role]} ${role}`, 4);
    return null;
  }
  return part;
}

/** `catches="test name"` after a wrong answer's file: an error message, or the test to catch it. */
function readCatches(role: VariantRole, source: string): { test: string } | string {
  const attributes = parseAttributes(source);
  if (typeof attributes === 'string') return attributes;
  const unknown = [...attributes.keys()].find((key) => key !== 'catches' || role !== 'wrong');
  if (unknown) return role === 'wrong' ? `unknown attribute "${unknown}" (a wrong answer takes catches="test name")` : `another solution takes no attribute ("${unknown}")`;
  const test = (attributes.get('catches') ?? '').trim();
  return test ? { test } : 'catches names the test that must fail: catches="test name"';
}
