/**
 * The loop-protection transform: a check of the sandbox's guard in every loop body and at the top of every
 * function, so a runaway loop — or a chain of callbacks that never yields, like a microtask loop — stops
 * itself with the learner's file and line. Built on acorn's tree, never on regexes, and without adding
 * line breaks, so line numbers in errors stay the learner's.
 *
 * Guarded code calls the guard only once every TURNS_PER_CALL loop turns or function calls, and counts in
 * between: an innermost loop in a local variable (a register once optimized), functions and loops around
 * loops in the guard's `calls` property, since a function has no local that outlives its call. A call on
 * every entry made each call of a small helper cost a guard call and, every few calls, a clock read: many
 * times the helper itself.
 *
 * A counted loop that cannot run away (bounded-loop.ts) and holds no other loop keeps no count of its own: the
 * loop or function around it charges all its turns at once, so the guard still hears from the code at least
 * once every MAX_BOUNDED_TURNS turns (or TURNS_PER_CALL, whichever is more).
 */
import type { Node, Program } from 'acorn';
import { boundedTurns } from './bounded-loop.ts';
import { GUARD_GLOBAL, TURNS_PER_CALL } from './protocol.ts';
import type { Edit } from './source-edit.ts';
import { walk } from './walk.ts';

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
  const { outer, charges, unguarded } = loopNesting(ast);
  walk(ast, (node) => {
    if (node.type === 'LabeledStatement') labelled.set((node as WithBody).body, labelled.get(node) ?? node.start);
    const isLoop = LOOPS.has(node.type);
    if ((!isLoop && !FUNCTIONS.has(node.type)) || unguarded.has(node)) return;
    const { body } = node as WithBody;
    const line = (node.loc?.start.line ?? 0) + lineOffset;
    const call = `${GUARD_GLOBAL}(${JSON.stringify(file)},${line})`;
    // `>=0||`: a count that is not a number (NaN) calls the guard too, which resets it.
    const charge = 1 + (charges.get(node) ?? 0);
    const shared = `${charge === 1 ? `--${GUARD_GLOBAL}.calls` : `(${GUARD_GLOBAL}.calls-=${charge})`}>=0||${call};`;
    if (isLoop) {
      let count = shared;
      // A loop around another loop counts its turns with the function calls: measured in Chromium, a local
      // counter whose guard call runs in the outer loop made V8 drop the optimized nest again and again (5–9×
      // slower); the inner loop's guard calls reset the shared count, so that call rarely runs at all.
      if (!outer.has(node)) {
        const start = labelled.get(node) ?? node.start;
        // Counting down to below 0 tests the result of the decrement itself: one compare fewer than counting up.
        count = `if(--${TURNS}<0){${TURNS}=${TURNS_PER_CALL - 1};${call}}`;
        edits.push({ start, end: start, text: `{let ${TURNS}=${TURNS_PER_CALL - 1};` }, { start: node.end, end: node.end, text: '}' });
      }
      if (body.type === 'BlockStatement') edits.push({ start: body.start + 1, end: body.start + 1, text: count });
      // `while (x) y();` has no braces: give it some, around the count and the original statement.
      else edits.push({ start: body.start, end: body.start, text: `{${count}` }, { start: body.end, end: body.end, text: '}' });
    } else if (body.type === 'BlockStatement') {
      // After a function's "use strict": a directive only counts before any other statement.
      const directives = (body.body ?? []).filter((statement, index, all) => all.slice(0, index + 1).every((before) => before.directive !== undefined));
      const at = directives.at(-1)?.end ?? body.start + 1;
      edits.push({ start: at, end: at, text: shared });
    } else {
      // An arrow function's expression body: `x => (check, body)`.
      edits.push({ start: body.start, end: body.start, text: `(${shared.slice(0, -1)},` }, { start: body.end, end: body.end, text: ')' });
    }
  });
  return edits;
}

/**
 * Loops with another loop inside them in the same function (a loop in a callback does not count); counted loops
 * without a loop inside, left unguarded; and for each loop or function, the turns of the unguarded loops it holds
 * directly (at the top level, code runs once: nothing to charge).
 */
function loopNesting(ast: Program): { outer: Set<Node>; charges: Map<Node, number>; unguarded: Set<Node> } {
  const outer = new Set<Node>();
  const parents = new Map<Node, Node | undefined>();
  // Loops and functions in source order; the stack holds those enclosing the current one.
  const enclosing: Node[] = [];
  walk(ast, (node) => {
    const isLoop = LOOPS.has(node.type);
    if (!isLoop && !FUNCTIONS.has(node.type)) return;
    while (enclosing.length && (enclosing.at(-1) as Node).end <= node.start) enclosing.pop();
    const parent = enclosing.at(-1);
    if (isLoop && parent && LOOPS.has(parent.type)) outer.add(parent);
    if (isLoop) parents.set(node, parent);
    enclosing.push(node);
  });
  const charges = new Map<Node, number>();
  const unguarded = new Set<Node>();
  for (const [loop, parent] of parents) {
    const turns = outer.has(loop) ? undefined : boundedTurns(loop);
    if (turns === undefined) continue;
    unguarded.add(loop);
    if (parent) charges.set(parent, (charges.get(parent) ?? 0) + turns);
  }
  return { outer, charges, unguarded };
}
