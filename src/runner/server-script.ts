/**
 * Turns a web exercise's `server.js` (a module: `export default { async fetch(request, env) { … } }`) into a
 * script of the page's sandbox: the module body runs in a function of its own (its names never meet the
 * page's), loop-guarded like every learner script, and its default export is handed to the page's server
 * (sandbox/page-server.ts). A frame's policy allows no module URL to import, so the export is rewritten
 * rather than imported; lines stay the learner's (no line break is added before the last one).
 */
import type { Node, Program } from 'acorn';
import type { ExerciseFile } from '../lessons/types.ts';
import { escapeRawText, withSourceUrl } from './document-parts.ts';
import { loopGuardEdits } from './loop-guard.ts';
import { message } from './messages.ts';
import { parseJs } from './parse-js.ts';
import { SERVER_EXPORTS, SERVER_GLOBAL } from './protocol.ts';
import { applyEdits, type Edit } from './source-edit.ts';
import type { RunProblem } from './types.ts';

type Named = Node & { name?: string; value?: unknown };
type ExportNode = Node & {
  declaration?: (Node & { id?: Named | null }) | null;
  specifiers?: (Node & { local: Named; exported: Named })[];
  source?: Node | null;
};

const nameOf = (node: Named) => node.name ?? String(node.value);

/** The `<script>` text for the page, or the problems that keep the server from starting. */
export function serverScript(file: Pick<ExerciseFile, 'name' | 'content'>): { script: string } | { problems: RunProblem[] } {
  const parsed = parseJs(file.content, file.name, 'module');
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const imports = importProblems(parsed.ast, file.name);
  if (imports.length) return { problems: imports };
  const edits = [...loopGuardEdits(parsed.ast, file.name), ...exportEdits(parsed.ast, file.content.length)];
  // Strict like a module, async so top-level `await` works; the page's server waits for it to finish.
  const code = `${SERVER_GLOBAL}(async function (${SERVER_EXPORTS}) {"use strict";${applyEdits(file.content, edits)}\n});`;
  return { script: `<script>${withSourceUrl(escapeRawText(code, 'script'), file.name)}</script>` };
}

/** The server runs inside the page: it has no other module to load. */
function importProblems(ast: Program, file: string): RunProblem[] {
  return ast.body
    .filter((statement) => statement.type === 'ImportDeclaration' || (statement as ExportNode).source)
    .map((statement) => ({ kind: 'syntax', message: message('runner:page.serverImport'), file, line: statement.loc?.start.line ?? 1 }));
}

/** `export default x` becomes an assignment to the wrapper's exports; other `export` words are dropped. */
function exportEdits(ast: Program, end: number): Edit[] {
  const edits: Edit[] = [];
  const assign = (value: string) => `;${SERVER_EXPORTS}.default = ${value};`;
  // After the last line, on a line of its own: a comment ending the file must not swallow it.
  const atEnd = (value: string) => ({ start: end, end, text: `\n${assign(value)}` });
  for (const statement of ast.body as ExportNode[]) {
    const { declaration } = statement;
    if (statement.type === 'ExportDefaultDeclaration' && declaration) {
      const named = (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id;
      if (named) {
        // A named declaration keeps its name (and a function its hoisting); it is exported once the body has run.
        edits.push({ start: statement.start, end: declaration.start, text: '' }, atEnd(nameOf(declaration.id as Named)));
      } else {
        edits.push({ start: statement.start, end: declaration.start, text: `${SERVER_EXPORTS}.default = ` }, { start: declaration.end, end: declaration.end, text: ';' });
      }
    } else if (statement.type === 'ExportNamedDeclaration' && declaration) {
      edits.push({ start: statement.start, end: declaration.start, text: '' });
    } else if (statement.type === 'ExportNamedDeclaration') {
      const asDefault = statement.specifiers?.find((specifier) => nameOf(specifier.exported) === 'default');
      edits.push({ start: statement.start, end: statement.end, text: asDefault ? assign(nameOf(asDefault.local)) : '' });
    }
  }
  return edits;
}
