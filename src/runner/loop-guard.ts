/**
 * The loop-protection transform: a call to the sandbox's guard in every loop body and at the top of every
 * function, so a runaway loop — or a chain of callbacks that never yields, like a microtask loop — stops
 * itself with the learner's file and line. Built on acorn's tree, never on regexes, and without adding
 * line breaks, so line numbers in errors stay the learner's.
 *
 * A loop counts its own turns in a local variable (a register once optimized, so a tight loop keeps its
 * native speed) and calls the guard once every TURNS_PER_CALL turns; the guard then decides, by time,
 * when to read the clock.
 */
import type { Node, Program } from 'acorn';
import { GUARD_GLOBAL } from './protocol.ts';
import type { Edit } from './source-edit.ts';
import { walk } from './walk.ts';

/** Loop turns between two calls to the guard. */
export const TURNS_PER_CALL = 2048;

const LOOPS = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const TURNS = '__siriusTurns';

type Statement = Node & { directive?: string };
type WithBody = Node & { body: Node & { body?: Statement[] } };

/** Edits that guard every loop and function of `ast`; `lineOffset` is added to the line the guard reports. */
export function loopGuardEdits(ast: Program, file: string, lineOffset = 0): Edit[] {
  const edits: Edit[] = [];
  // Where a loop's statement starts, labels included: the counter's block must enclose `label:` too.
  const labelled = new Map<Node, number>();
  walk(ast, (node) => {
    if (node.type === 'LabeledStatement') labelled.set((node as WithBody).body, labelled.get(node) ?? node.start);
    const isLoop = LOOPS.has(node.type);
    if (!isLoop && !FUNCTIONS.has(node.type)) return;
    const { body } = node as WithBody;
    const line = (node.loc?.start.line ?? 0) + lineOffset;
    const call = `${GUARD_GLOBAL}(${JSON.stringify(file)},${line})`;
    if (isLoop) {
      const start = labelled.get(node) ?? node.start;
      const count = `if(++${TURNS}>${TURNS_PER_CALL - 1}){${TURNS}=0;${call}}`;
      edits.push({ start, end: start, text: `{let ${TURNS}=0;` }, { start: node.end, end: node.end, text: '}' });
      if (body.type === 'BlockStatement') edits.push({ start: body.start + 1, end: body.start + 1, text: count });
      // `while (x) y();` has no braces: give it some, around the count and the original statement.
      else edits.push({ start: body.start, end: body.start, text: `{${count}` }, { start: body.end, end: body.end, text: '}' });
    } else if (body.type === 'BlockStatement') {
      // After a function's "use strict": a directive only counts before any other statement.
      const directives = (body.body ?? []).filter((statement, index, all) => all.slice(0, index + 1).every((before) => before.directive !== undefined));
      const at = directives.at(-1)?.end ?? body.start + 1;
      edits.push({ start: at, end: at, text: `${call};` });
    } else {
      // An arrow function's expression body: `x => (guard(…), body)`.
      edits.push({ start: body.start, end: body.start, text: `(${call},` }, { start: body.end, end: body.end, text: ')' });
    }
  });
  return edits;
}
