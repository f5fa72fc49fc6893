/**
 * Spots CommonJS (`require(…)`, `module.exports`, `exports.x = …`) in a file meant to be an ES module:
 * code copied from an older Node or Jest project. The exercise's files are ES modules, so the learner
 * gets one clear message saying to use `export` / `import` instead of a confusing error at run time.
 */
import type { Node, Program } from 'acorn';
import { message } from './messages.ts';
import type { RunProblem } from './types.ts';
import { walk } from './walk.ts';

type Named = Node & { name?: string; object?: Named; property?: Named; callee?: Named; computed?: boolean };

const isIdentifier = (node: Named | undefined, name: string) => node?.type === 'Identifier' && node.name === name;

/** What CommonJS syntax `node` is, if it is some. */
function commonJsSyntax(node: Named): string | undefined {
  if (node.type === 'CallExpression' && isIdentifier(node.callee, 'require')) return 'require()';
  if (node.type !== 'MemberExpression' || node.computed) return undefined;
  if (isIdentifier(node.object, 'module') && isIdentifier(node.property, 'exports')) return 'module.exports';
  if (isIdentifier(node.object, 'exports')) return 'exports';
  return undefined;
}

/** The first CommonJS use in `file`, as a problem positioned on its line; undefined when there is none. */
export function commonJsProblem(ast: Program, file: string): RunProblem | undefined {
  let found: { syntax: string; line: number } | undefined;
  walk(ast, (node) => {
    if (found) return;
    const syntax = commonJsSyntax(node as Named);
    if (syntax) found = { syntax, line: node.loc?.start.line ?? 1 };
  });
  return found && { kind: 'syntax', message: message('runner:commonJs', { syntax: found.syntax }), file, line: found.line };
}
