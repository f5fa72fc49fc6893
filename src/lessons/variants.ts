/**
 * Other answers a trainer writes into an exercise so that `lessons:check` proves its tests: other right
 * answers (`solution:name`) must pass, known wrong answers (`wrong`, `wrong:name`) must fail. Pure: reading
 * the blocks and judging the runs; the checker does the running. Learners never receive variants.
 */
import type { RunResult, TestResult } from '../runner/types.ts';
import type { Part, Report } from './block.ts';
import { say } from './messages/index.ts';
import type { CodeLanguage, ExerciseFile, ExerciseVariant } from './types.ts';

export const VARIANT_ROLES = ['solution', 'wrong'] as const;
export type VariantRole = (typeof VARIANT_ROLES)[number];

const label = (role: string, name: string) => (name ? `${role}:${name}` : role);

/** Groups variant blocks by role and name: blocks with the same `wrong:name` are files of one answer. */
export function readVariants(parts: Part[], starterNames: ReadonlySet<string>, fail: Report): ExerciseVariant[] {
  const variants = new Map<string, ExerciseVariant>();
  for (const part of parts) {
    const role = part.role as VariantRole;
    const name = part.variant ?? '';
    const key = label(role, name);
    if (!starterNames.has(part.file)) fail(part.line, say('variant.noStarter', { variant: key, file: part.file }));
    const variant = variants.get(key) ?? { role, name, files: [], line: part.line };
    if (variant.files.some((file) => file.name === part.file)) {
      fail(part.line, say(name ? 'variant.twice' : 'variant.twiceUnnamed', { variant: key, file: part.file }));
    }
    if (part.catches !== undefined) {
      if (variant.catches !== undefined && variant.catches !== part.catches) {
        fail(part.line, say('variant.catchesOnce', { variant: key, test: variant.catches }));
      }
      variant.catches = part.catches;
    }
    variant.files.push({ name: part.file, language: part.language as CodeLanguage, content: part.content });
    variants.set(key, variant);
  }
  return [...variants.values()];
}

/** The files a variant runs with: the complete solution, with the variant's files put in place. */
export function variantFiles(solution: ExerciseFile[], variant: ExerciseVariant): ExerciseFile[] {
  return solution.map((file) => variant.files.find((replaced) => replaced.name === file.name) ?? file);
}

const fullName = (test: TestResult) => [...test.path, test.name].join(' › ');

/**
 * What is wrong with a variant's run, or undefined when it behaves. `describe` explains a failed run
 * (the same words the checker uses for the main solution).
 */
export function variantProblem(variant: ExerciseVariant, result: RunResult, describe: (result: RunResult) => string): string | undefined {
  const name = label(variant.role, variant.name);
  if (variant.role === 'solution') {
    return result.status === 'passed' ? undefined : say('variant.solutionFails', { name, why: describe(result) });
  }
  if (result.status === 'passed') return say('variant.wrongPasses', { name });
  const wanted = variant.catches;
  if (wanted === undefined) return undefined;
  const test = result.tests.find((candidate) => candidate.name === wanted || fullName(candidate) === wanted);
  if (test?.status === 'failed') return undefined;
  const failed = result.tests.filter((candidate) => candidate.status === 'failed').map((candidate) => `"${fullName(candidate)}"`);
  const detail = failed.length > 0 ? say('variant.failsTests', { tests: failed.join(', ') }) : describe(result);
  if (result.tests.length === 0) return say('variant.noTestRan', { name, test: wanted, detail });
  return say(test ? 'variant.notCaught' : 'variant.noSuchTest', { name, test: wanted, detail });
}
