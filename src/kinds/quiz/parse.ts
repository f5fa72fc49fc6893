/**
 * Reads the questions of a `kind=quiz` exercise. The syntax stays plain Markdown that reads well in any
 * editor and translates line for line:
 *
 *     ### Which colour reads best on white? {#best-grey}
 *     - ( ) a light grey          ← one right answer: radios, the right one is (x)
 *     - (x) a dark grey
 *       > Yes: 9.7:1.             ← explanation of the choice above (indented)
 *     - [x] …  / - [ ] …          ← one or more right answers: checkboxes
 *     - = 4.5                     ← a short answer: each accepted value on its line
 *     1. `main a {`               ← lines to put in order, written in the right order
 *     - ~~`color: red;`~~         ← a line that belongs nowhere (distractor)
 *     > Explanation of the whole question, shown once it is right.
 *
 * Pure: lines in, questions and problems (with file line and column) out.
 */
import type { ChoiceQuestion, ParsedQuiz, QuestionType, QuizQuestion, QuizText } from './types.ts';

export type QuizReport = (line: number, message: string, column?: number) => void;

/** A quiz's lines and where its code blocks are, as the lesson's Markdown reading found them (0-based, end excluded). */
export interface QuizSource {
  lines: readonly string[];
  code: readonly { start: number; end: number }[];
}

const QUESTION = /^###\s+(.*)$/;
const QUESTION_ID = /\{#([^\s}]*)((?:\s+[^\s}]+)*)\s*\}\s*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FLAGS = ['exact'];

/** An answer line: its marker says the question's type. */
const ANSWERS: { type: QuestionType; pattern: RegExp }[] = [
  { type: 'single', pattern: /^[-*] \(([ xX])\)(?:\s+(.*))?$/ },
  { type: 'multiple', pattern: /^[-*] \[([ xX])\](?:\s+(.*))?$/ },
  { type: 'short', pattern: /^[-*] =()(?:\s*(.*))?$/ },
  { type: 'order', pattern: /^(\d{1,3})\.(?:\s+(.*))?$/ },
  { type: 'order', pattern: /^[-*] ~~()(.*?)~~\s*$/ },
];
const CHOICE_EXPLANATION = /^ {2,}>\s?(.*)$/;
const QUESTION_EXPLANATION = /^>\s?(.*)$/;

interface Draft {
  id: string;
  exact: boolean;
  prompt: QuizText;
  details: string[];
  detailsLine: number;
  type?: QuestionType;
  choices: ChoiceQuestion<QuizText>['choices'];
  accepted: string[];
  lines: QuizText[];
  distractors: QuizText[];
  explanation: string[];
  explanationLine: number;
  line: number;
}

/**
 * Splits an exercise body into its introduction (the Markdown before the first `###`) and its questions.
 * `firstLine` is the file line of `lines[0]`. `quiz` is undefined when a problem was reported.
 */
export function parseQuiz({ lines, code }: QuizSource, firstLine: number, report: QuizReport): { intro: string; quiz?: ParsedQuiz } {
  let problems = 0;
  const fail: QuizReport = (line, message, column) => {
    problems++;
    report(line, message, column);
  };
  const codeAt = (index: number) => code.find((block) => index >= block.start && index < block.end);
  // A `###` line inside a code block is code, not a question.
  const start = lines.findIndex((line, index) => !codeAt(index) && QUESTION.test(line));
  const intro = (start < 0 ? lines : lines.slice(0, start)).join('\n').trim();
  const questions: QuizQuestion<QuizText>[] = [];
  const ids = new Map<string, number>();
  let draft: Draft | undefined;

  const finish = () => {
    if (!draft) return;
    const question = finishQuestion(draft, fail);
    const previous = ids.get(draft.id);
    if (previous !== undefined) fail(draft.line, `question id "${draft.id}" is already used on line ${previous}`);
    else if (draft.id) ids.set(draft.id, draft.line);
    if (question) questions.push(question);
    draft = undefined;
  };

  for (let index = Math.max(start, 0); start >= 0 && index < lines.length; index++) {
    const text = lines[index] ?? '';
    const line = firstLine + index;
    const block = codeAt(index);
    if (!block && QUESTION.test(text)) {
      finish();
      draft = openQuestion(text, line, fail);
      continue;
    }
    if (!draft) continue;
    if (block) {
      if (!draft.type) addDetail(draft, text, line);
      else if (index === block.start) fail(line, 'put code to read before the answers, right under the question');
      continue;
    }
    readLine(draft, text, line, fail);
  }
  finish();
  if (start < 0) fail(firstLine - 1, 'a quiz needs at least one question: ### Your question? {#question-id}');
  return problems > 0 ? { intro } : { intro, quiz: { questions } };
}

function openQuestion(text: string, line: number, fail: QuizReport): Draft {
  const heading = (QUESTION.exec(text)?.[1] ?? '').trim();
  const idPart = QUESTION_ID.exec(heading);
  const id = idPart?.[1] ?? '';
  const flags = (idPart?.[2] ?? '').split(/\s+/).filter(Boolean);
  const promptText = (idPart ? heading.slice(0, idPart.index) : heading).trim();
  if (!idPart) fail(line, 'end the question line with its id: ### Your question? {#question-id}', text.length + 1);
  else if (!ID.test(id)) fail(line, `question id "${id}" must be lowercase words joined by "-" (like {#best-grey})`, text.indexOf('{#') + 1);
  for (const flag of flags.filter((word) => !FLAGS.includes(word))) {
    fail(line, `unknown question option "${flag}" (allowed: ${FLAGS.join(', ')})`, text.indexOf(flag) + 1);
  }
  if (!promptText) fail(line, 'the question has no text before its id');
  return {
    id, exact: flags.includes('exact'), prompt: { markdown: promptText, line }, details: [], detailsLine: line + 1,
    choices: [], accepted: [], lines: [], distractors: [], explanation: [], explanationLine: line, line,
  };
}

/** More of the question, before its answers (its Markdown starts at its first non-blank line). */
function addDetail(draft: Draft, text: string, line: number) {
  if (draft.details.length === 0 && text.trim() === '') return;
  if (draft.details.length === 0) draft.detailsLine = line;
  draft.details.push(text);
}

/** One line inside a question: an answer, an explanation, or (before the answers) more of the question. */
function readLine(draft: Draft, text: string, line: number, fail: QuizReport) {
  const column = text.length - text.trimStart().length + 1;
  const explained = CHOICE_EXPLANATION.exec(text);
  if (explained) {
    const choice = draft.choices.at(-1);
    if (!choice || draft.explanation.length > 0) {
      fail(line, 'an indented "> …" line explains the choice just above it: put it under a "- ( )" or "- [ ]" line', column);
      return;
    }
    const before = choice.explanation?.markdown;
    choice.explanation = { markdown: before ? `${before}\n${explained[1] ?? ''}` : (explained[1] ?? ''), line: choice.explanation?.line ?? line };
    return;
  }
  const general = QUESTION_EXPLANATION.exec(text);
  if (general && draft.type) {
    if (draft.explanation.length === 0) draft.explanationLine = line;
    draft.explanation.push(general[1] ?? '');
    return;
  }
  const answer = ANSWERS.map(({ type, pattern }) => ({ type, match: pattern.exec(text) })).find((found) => found.match);
  if (!answer?.match) {
    if (!draft.type) addDetail(draft, text, line);
    else if (text.trim() !== '') {
      fail(line, 'this line is not an answer: write "- ( ) …", "- [ ] …", "- = …", "1. …" or "- ~~…~~", or "> …" for an explanation', column);
    }
    return;
  }
  if (draft.explanation.length > 0) {
    fail(line, 'put the "> …" explanation after the last answer', column);
    return;
  }
  const { type, match } = answer;
  if (draft.type && draft.type !== type) {
    fail(line, `this ${describe(type)} answer is in a ${describe(draft.type)} question: a question has one sort of answers`, column);
    return;
  }
  draft.type = type;
  const content = (match[2] ?? '').trim();
  if (!content) {
    fail(line, type === 'short' ? 'this accepted answer is empty: write it after "- = "' : 'this answer is empty', column);
    return;
  }
  if (type === 'single' || type === 'multiple') draft.choices.push({ text: { markdown: content, line }, correct: match[1] !== ' ' });
  else if (type === 'short') draft.accepted.push(content);
  else if (match[1]) {
    const expected = draft.lines.length + 1;
    if (Number(match[1]) !== expected) fail(line, `number the lines to order 1, 2, 3 … in the right order: this one should be ${expected}.`, column);
    draft.lines.push({ markdown: content, line });
  } else draft.distractors.push({ markdown: content, line });
}

const describe = (type: QuestionType) =>
  ({ single: 'single-choice "( )"', multiple: 'multiple-choice "[ ]"', short: 'short-answer "="', order: 'order "1."' })[type];

function finishQuestion(draft: Draft, fail: QuizReport): QuizQuestion<QuizText> | undefined {
  const { id, prompt, line } = draft;
  const details = draft.details.join('\n').trim();
  const explanation = draft.explanation.join('\n').trim();
  const base = {
    id, prompt, line,
    ...(details ? { details: { markdown: details, line: draft.detailsLine } } : {}),
    ...(explanation ? { explanation: { markdown: explanation, line: draft.explanationLine } } : {}),
  };
  if (draft.exact && draft.type !== 'short') fail(line, 'the option "exact" is only for short-answer questions ("- = …")');
  switch (draft.type) {
    case undefined:
      fail(line, `question "${id}" has no answers: write choices ("- ( ) …" or "- [ ] …"), accepted answers ("- = …") or lines to order ("1. …")`);
      return undefined;
    case 'single':
    case 'multiple': {
      const right = draft.choices.filter((choice) => choice.correct).length;
      if (draft.choices.length < 2) fail(line, `question "${id}" needs at least two choices`);
      if (right === 0) fail(line, `question "${id}" has no right answer: mark one with ${draft.type === 'single' ? '(x)' : '[x]'}`);
      if (draft.type === 'single' && right > 1) {
        fail(line, `question "${id}" has ${right} right answers with "(x)": a single-choice question has exactly one (use "- [x]" for several)`);
      }
      return { ...base, type: draft.type, choices: draft.choices };
    }
    case 'short':
      return { ...base, type: 'short', accepted: draft.accepted, exact: draft.exact };
    case 'order': {
      if (draft.lines.length < 2) fail(line, `question "${id}" needs at least two numbered lines to put in order`);
      const right = new Set(draft.lines.map((item) => item.markdown));
      for (const distractor of draft.distractors) {
        if (right.has(distractor.markdown)) fail(distractor.line, 'this line to leave out is also a line to order: change one of them');
      }
      return { ...base, type: 'order', lines: draft.lines, distractors: draft.distractors };
    }
  }
}
