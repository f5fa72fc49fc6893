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
import { say } from '../../lessons/messages/index.ts';
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
    if (previous !== undefined) fail(draft.line, say('quiz.idTaken', { id: draft.id, line: previous }));
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
      else if (index === block.start) fail(line, say('quiz.codeAfterAnswers'));
      continue;
    }
    readLine(draft, text, line, fail);
  }
  finish();
  if (start < 0) fail(firstLine - 1, say('quiz.noQuestion'));
  return problems > 0 ? { intro } : { intro, quiz: { questions } };
}

function openQuestion(text: string, line: number, fail: QuizReport): Draft {
  const heading = (QUESTION.exec(text)?.[1] ?? '').trim();
  const idPart = QUESTION_ID.exec(heading);
  const id = idPart?.[1] ?? '';
  const flags = (idPart?.[2] ?? '').split(/\s+/).filter(Boolean);
  const promptText = (idPart ? heading.slice(0, idPart.index) : heading).trim();
  if (!idPart) fail(line, say('quiz.noId'), text.length + 1);
  else if (!ID.test(id)) fail(line, say('quiz.id', { id }), text.indexOf('{#') + 1);
  for (const flag of flags.filter((word) => !FLAGS.includes(word))) {
    fail(line, say('quiz.unknownOption', { option: flag, allowed: FLAGS.join(', ') }), text.indexOf(flag) + 1);
  }
  if (!promptText) fail(line, say('quiz.noPrompt'));
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
      fail(line, say('quiz.choiceExplanation'), column);
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
      fail(line, say('quiz.notAnswer'), column);
    }
    return;
  }
  if (draft.explanation.length > 0) {
    fail(line, say('quiz.explanationLast'), column);
    return;
  }
  const { type, match } = answer;
  if (draft.type && draft.type !== type) {
    fail(line, say('quiz.mixed', { answer: say('quiz.type', { type }), question: say('quiz.type', { type: draft.type }) }), column);
    return;
  }
  draft.type = type;
  const content = (match[2] ?? '').trim();
  if (!content) {
    fail(line, say(type === 'short' ? 'quiz.shortEmpty' : 'quiz.answerEmpty'), column);
    return;
  }
  if (type === 'single' || type === 'multiple') draft.choices.push({ text: { markdown: content, line }, correct: match[1] !== ' ' });
  else if (type === 'short') draft.accepted.push(content);
  else if (match[1]) {
    const expected = draft.lines.length + 1;
    if (Number(match[1]) !== expected) fail(line, say('quiz.orderNumber', { expected }), column);
    draft.lines.push({ markdown: content, line });
  } else draft.distractors.push({ markdown: content, line });
}

function finishQuestion(draft: Draft, fail: QuizReport): QuizQuestion<QuizText> | undefined {
  const { id, prompt, line } = draft;
  const details = draft.details.join('\n').trim();
  const explanation = draft.explanation.join('\n').trim();
  const base = {
    id, prompt, line,
    ...(details ? { details: { markdown: details, line: draft.detailsLine } } : {}),
    ...(explanation ? { explanation: { markdown: explanation, line: draft.explanationLine } } : {}),
  };
  if (draft.exact && draft.type !== 'short') fail(line, say('quiz.exactShortOnly'));
  switch (draft.type) {
    case undefined:
      fail(line, say('quiz.noAnswers', { id }));
      return undefined;
    case 'single':
    case 'multiple': {
      const right = draft.choices.filter((choice) => choice.correct).length;
      if (draft.choices.length < 2) fail(line, say('quiz.twoChoices', { id }));
      if (right === 0) fail(line, say('quiz.noRight', { id, marker: draft.type === 'single' ? '(x)' : '[x]' }));
      if (draft.type === 'single' && right > 1) {
        fail(line, say('quiz.manyRight', { id, count: right }));
      }
      return { ...base, type: draft.type, choices: draft.choices };
    }
    case 'short':
      return { ...base, type: 'short', accepted: draft.accepted, exact: draft.exact };
    case 'order': {
      if (draft.lines.length < 2) fail(line, say('quiz.twoLines', { id }));
      const right = new Set(draft.lines.map((item) => item.markdown));
      for (const distractor of draft.distractors) {
        if (right.has(distractor.markdown)) fail(distractor.line, say('quiz.distractorTwice'));
      }
      return { ...base, type: 'order', lines: draft.lines, distractors: draft.distractors };
    }
  }
}
