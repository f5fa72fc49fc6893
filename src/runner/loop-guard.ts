/**
 * The loop-protection transform: a call to the sandbox's guard at the top of every loop body, so a
 * runaway loop stops itself with the learner's file and line. Built on acorn's tree, never on regexes,
 * and without adding line breaks, so line numbers in errors stay the learner's.
 */
import type { Node, Program } from 'acorn';
import { GUARD_GLOBAL } from './protocol.ts';
import type { Edit } from './source-edit.ts';
import { walk } from './walk.ts';

const LOOPS = new Set(['WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

/** Edits that guard every loop of `ast`; `lineOffset` is added to the line the guard reports. */
export function loopGuardEdits(ast: Program, file: string, lineOffset = 0): Edit[] {
  const edits: Edit[] = [];
  walk(ast, (node) => {
    if (!LOOPS.has(node.type)) return;
    const body = (node as Node & { body: Node }).body;
    const line = (node.loc?.start.line ?? 0) + lineOffset;
    const call = `${GUARD_GLOBAL}(${JSON.stringify(file)},${line});`;
    if (body.type === 'BlockStatement') {
      edits.push({ start: body.start + 1, end: body.start + 1, text: call });
    } else {
      // `while (x) y();` has no braces: give it some, around the guard and the original statement.
      edits.push({ start: body.start, end: body.start, text: `{${call}` }, { start: body.end, end: body.end, text: '}' });
    }
  });
  return edits;
}
