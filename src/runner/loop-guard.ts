/**
 * The loop-protection transform: a call to the sandbox's guard at the top of every loop body and every
 * function, so a runaway loop — or a chain of callbacks that never yields, like a microtask loop —
 * stops itself with the learner's file and line. Built on acorn's tree, never on regexes, and without
 * adding line breaks, so line numbers in errors stay the learner's.
 */
import type { Node, Program } from 'acorn';
import { GUARD_GLOBAL } from './protocol.ts';
import type { Edit } from './source-edit.ts';
import { walk } from './walk.ts';

const LOOPS = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

type Statement = Node & { directive?: string };
type WithBody = Node & { body: Node & { body?: Statement[] } };

/** Edits that guard every loop and function of `ast`; `lineOffset` is added to the line the guard reports. */
export function loopGuardEdits(ast: Program, file: string, lineOffset = 0): Edit[] {
  const edits: Edit[] = [];
  walk(ast, (node) => {
    const isLoop = LOOPS.has(node.type);
    if (!isLoop && !FUNCTIONS.has(node.type)) return;
    const { body } = node as WithBody;
    const line = (node.loc?.start.line ?? 0) + lineOffset;
    const call = `${GUARD_GLOBAL}(${JSON.stringify(file)},${line})`;
    if (body.type === 'BlockStatement') {
      // After a function's "use strict": a directive only counts before any other statement.
      const directives = isLoop ? [] : (body.body ?? []).filter((statement, index, all) => statement.directive !== undefined && all.slice(0, index).every((before) => before.directive !== undefined));
      const at = directives.at(-1)?.end ?? body.start + 1;
      edits.push({ start: at, end: at, text: `${call};` });
    } else if (isLoop) {
      // `while (x) y();` has no braces: give it some, around the guard and the original statement.
      edits.push({ start: body.start, end: body.start, text: `{${call};` }, { start: body.end, end: body.end, text: '}' });
    } else {
      // An arrow function's expression body: `x => (guard(…), body)`.
      edits.push({ start: body.start, end: body.start, text: `(${call},` }, { start: body.end, end: body.end, text: ')' });
    }
  });
  return edits;
}
