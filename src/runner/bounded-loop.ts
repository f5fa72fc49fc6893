/**
 * Counted loops that cannot run away: `for (let i = 0; i < 3000; i++)` with a literal start, bound and step, and a
 * counter that nothing in the loop assigns. Such a loop ends after a number of turns known before it starts, so the
 * loop guard need not count its turns one by one (the count would double the cost of a small loop body); the
 * loop or function around it counts them all at once instead (see loop-guard.ts).
 */
import type { Node } from 'acorn';
import { walk } from './walk.ts';

/** Longest counted loop left without its own count: between two guard checks it runs at most this many turns. */
export const MAX_BOUNDED_TURNS = 10_000;

/** Far from where adding the step stops changing a float (2^53): `i++` always moves the counter. */
const MAX_MAGNITUDE = 1e9;

type AnyNode = Node & Record<string, unknown>;

const integer = (node: unknown): number | undefined => {
  const literal = node as { type?: string; value?: unknown };
  if (literal?.type === 'UnaryExpression' && (literal as { operator?: string }).operator === '-') {
    const inner = integer((literal as { argument?: unknown }).argument);
    return inner === undefined ? undefined : -inner;
  }
  if (literal?.type !== 'Literal' || typeof literal.value !== 'number') return undefined;
  return Number.isInteger(literal.value) && Math.abs(literal.value) <= MAX_MAGNITUDE ? literal.value : undefined;
};

const isName = (node: unknown, name: string) => (node as { type?: string; name?: string })?.type === 'Identifier' && (node as { name: string }).name === name;

/** How far one turn moves the counter `name` (positive up, negative down), or undefined if not a literal step. */
function step(update: AnyNode | null, name: string): number | undefined {
  if (!update) return undefined;
  if (update.type === 'UpdateExpression' && isName(update.argument, name)) return update.operator === '++' ? 1 : -1;
  if (update.type !== 'AssignmentExpression' || !isName(update.left, name)) return undefined;
  const by = integer(update.right);
  if (by === undefined || by === 0) return undefined;
  return update.operator === '+=' ? by : update.operator === '-=' ? -by : undefined;
}

/** Whether anything in `node` may change the variable `name` (an assignment, `++`, a `for (name of …)` or `eval`). */
function mayChange(node: Node, name: string): boolean {
  let changed = false;
  walk(node, (child) => {
    const any = child as AnyNode;
    if (isName(any, 'eval')) changed = true;
    else if (any.type === 'UpdateExpression' && isName(any.argument, name)) changed = true;
    else if (any.type === 'AssignmentExpression' || any.type === 'ForInStatement' || any.type === 'ForOfStatement') {
      // A destructuring pattern may hide the name anywhere inside: any mention in the target counts.
      const target = any.left as Node;
      if (target.type !== 'MemberExpression' && target.type !== 'VariableDeclaration') walk(target, (part) => (changed ||= isName(part, name)));
    }
  });
  return changed;
}

/** The most turns the `for` loop `node` can make, if it is a counted loop of at most MAX_BOUNDED_TURNS turns. */
export function boundedTurns(node: Node): number | undefined {
  const loop = node as AnyNode;
  if (loop.type !== 'ForStatement') return undefined;
  const init = loop.init as AnyNode | null;
  const declarations = init?.declarations as AnyNode[] | undefined;
  // `let` only: a `var` counter could be changed by any function of the scope, called from the body.
  if (init?.type !== 'VariableDeclaration' || init.kind !== 'let' || declarations?.length !== 1) return undefined;
  const declared = declarations[0]!;
  if ((declared.id as AnyNode).type !== 'Identifier') return undefined;
  const name = (declared.id as { name: string }).name;
  const start = integer(declared.init);
  const test = loop.test as AnyNode | null;
  if (start === undefined || test?.type !== 'BinaryExpression' || !isName(test.left, name)) return undefined;
  const bound = integer(test.right);
  const by = step(loop.update as AnyNode | null, name);
  if (bound === undefined || by === undefined) return undefined;
  const operator = test.operator as string;
  const distance = operator === '<' ? bound - start : operator === '<=' ? bound - start + 1 : operator === '>' ? start - bound : operator === '>=' ? start - bound + 1 : NaN;
  // The step must move the counter towards the bound, or the loop never ends.
  const towards = operator.startsWith('<') ? by > 0 : by < 0;
  if (!towards || Number.isNaN(distance)) return undefined;
  const turns = Math.max(0, Math.ceil(distance / Math.abs(by)));
  if (turns > MAX_BOUNDED_TURNS || mayChange(loop.body as Node, name)) return undefined;
  return turns;
}
