/**
 * Prepares a js exercise for the worker: every learner file and the trainer's test file become modules
 * whose loops are guarded and whose imports point at markers the worker swaps for blob: URLs. Checks
 * what a beginner gets wrong before anything runs: syntax, unknown files, missing exports, import cycles.
 */
import type { Node, Program } from 'acorn';
import type { ExerciseFile } from '../lessons/types.ts';
import { commonJsProblem } from './commonjs.ts';
import { loopGuardEdits } from './loop-guard.ts';
import { message } from './messages.ts';
import { parseJs } from './parse-js.ts';
import { IMPORT_GLOBAL, moduleMarker, TEST_API_MODULE, TEST_GLOBALS, type LinkedModule } from './protocol.ts';
import { applyEdits, type Edit } from './source-edit.ts';
import { TESTS_FILE, type RunProblem } from './types.ts';
import { walk } from './walk.ts';

/** Bare specifiers test files written for Jest or Vitest import their globals from. */
const TEST_API_SPECIFIERS = new Set(['vitest', '@jest/globals']);
const TEST_API_EXPORTS: ReadonlySet<string> = new Set(TEST_GLOBALS);

interface ParsedModule {
  name: string;
  code: string;
  ast: Program;
}

interface ImportSite {
  specifier: string;
  names: string[];
  line: number;
  /** The string literal to replace. */
  source: Node;
}

/** Links the learner's `.js` files and the tests; on any problem, `modules` is empty. */
export function linkModules(files: readonly ExerciseFile[], tests: string): { modules: LinkedModule[]; problems: RunProblem[] } {
  const sources = [...files.filter((file) => file.language === 'js'), { name: TESTS_FILE, language: 'js' as const, content: tests }];
  const problems: RunProblem[] = [];
  const parsed = new Map<string, ParsedModule>();
  for (const file of sources) {
    const result = parseJs(file.content, file.name, 'module');
    const commonJs = 'problem' in result ? undefined : commonJsProblem(result.ast, file.name);
    if ('problem' in result) problems.push(result.problem);
    else if (commonJs) problems.push(commonJs);
    else parsed.set(file.name, { name: file.name, code: file.content, ast: result.ast });
  }
  if (problems.length) return { modules: [], problems };

  const exportsOf = new Map([...parsed.values()].map((module) => [module.name, exportedNames(module.ast)]));
  const linked = new Map<string, LinkedModule>();
  const dependencies = new Map<string, string[]>();
  for (const module of parsed.values()) {
    const edits: Edit[] = loopGuardEdits(module.ast, module.name);
    const imports: string[] = [];
    for (const site of importSites(module.ast)) {
      const target = TEST_API_SPECIFIERS.has(site.specifier) ? TEST_API_MODULE : resolve(module.name, site.specifier, parsed);
      if (!target) {
        problems.push({ kind: 'syntax', message: message('runner:unknownImport', { name: site.specifier }), file: module.name, line: site.line });
        continue;
      }
      const testApi = target === TEST_API_MODULE;
      const available = testApi ? TEST_API_EXPORTS : exportsOf.get(target);
      for (const name of site.names) {
        if (available && !available.has(name)) {
          problems.push({ kind: 'syntax', message: message('runner:missingExport', { name, module: testApi ? site.specifier : target }), file: module.name, line: site.line });
        }
      }
      if (!imports.includes(target)) imports.push(target);
      edits.push({ start: site.source.start, end: site.source.end, text: JSON.stringify(moduleMarker(target)) });
    }
    edits.push(...dynamicImportEdits(module.ast));
    linked.set(module.name, { name: module.name, code: applyEdits(module.code, edits), imports });
    dependencies.set(module.name, imports.filter((name) => name !== TEST_API_MODULE));
  }
  if (problems.length) return { modules: [], problems };

  const order = topologicalOrder(sources.map((file) => file.name), dependencies);
  if ('cycle' in order) {
    return { modules: [], problems: [{ kind: 'syntax', message: message('runner:importCycle', { files: order.cycle.join(' → ') }), file: order.cycle[0] }] };
  }
  return { modules: order.names.map((name) => linked.get(name) as LinkedModule), problems };
}

/** Resolves './utils.js', 'utils.js', './utils' or '../lib/x.js' against the importer's folder. */
function resolve(importer: string, specifier: string, modules: ReadonlyMap<string, unknown>): string | undefined {
  if (!/^\.{0,2}\//.test(specifier) && !modules.has(specifier)) return undefined;
  const parts = importer.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const path = parts.join('/');
  return [path, `${path}.js`].find((candidate) => modules.has(candidate) && candidate !== TESTS_FILE);
}

function importSites(ast: Program): ImportSite[] {
  const sites: ImportSite[] = [];
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' && statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportAllDeclaration') continue;
    if (!statement.source) continue;
    const names: string[] = [];
    if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier') names.push(nameOf(specifier.imported));
        else if (specifier.type === 'ImportDefaultSpecifier') names.push('default');
      }
    } else if (statement.type === 'ExportNamedDeclaration') {
      for (const specifier of statement.specifiers) names.push(nameOf(specifier.local));
    }
    sites.push({ specifier: String(statement.source.value), names, line: statement.loc?.start.line ?? 0, source: statement.source });
  }
  return sites;
}

/** Names a module exports, or undefined when `export *` makes the list unknowable here. */
function exportedNames(ast: Program): Set<string> | undefined {
  const names = new Set<string>();
  for (const statement of ast.body) {
    if (statement.type === 'ExportAllDeclaration') {
      if (!statement.exported) return undefined;
      names.add(nameOf(statement.exported));
    } else if (statement.type === 'ExportDefaultDeclaration') names.add('default');
    else if (statement.type === 'ExportNamedDeclaration') {
      for (const specifier of statement.specifiers) names.add(nameOf(specifier.exported));
      const declaration = statement.declaration;
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) walk(declarator.id, (node) => { if (node.type === 'Identifier') names.add((node as Node & { name: string }).name); });
      } else if (declaration) names.add(declaration.id.name);
    }
  }
  return names;
}

function nameOf(node: Node): string {
  const named = node as Node & { name?: string; value?: unknown };
  return named.name ?? String(named.value);
}

/** `import(x)` becomes `__siriusImport(x)`: only the exercise's own files can be loaded. */
function dynamicImportEdits(ast: Program): Edit[] {
  const edits: Edit[] = [];
  walk(ast, (node) => {
    if (node.type === 'ImportExpression') {
      const { source } = node as Node & { source: Node };
      edits.push({ start: node.start, end: source.start, text: `${IMPORT_GLOBAL}(` });
    }
  });
  return edits;
}

/** Dependencies first, keeping file order otherwise; reports the first cycle found. */
function topologicalOrder(names: string[], dependencies: ReadonlyMap<string, string[]>): { names: string[] } | { cycle: string[] } {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (name: string, trail: string[]): string[] | undefined => {
    if (done.has(name)) return undefined;
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name];
    for (const dependency of dependencies.get(name) ?? []) {
      const cycle = visit(dependency, [...trail, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    order.push(name);
    return undefined;
  };
  for (const name of names) {
    const cycle = visit(name, []);
    if (cycle) return { cycle };
  }
  return { names: order };
}
