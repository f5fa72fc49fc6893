/**
 * Every exercise kind, in the order lessons:new and messages list them. Adding a kind means adding its
 * module here; everything else reads this registry.
 */
import { http } from './http.ts';
import { js } from './js.ts';
import type { GradedKind, KindDescriptor, SandboxKind } from './kind.ts';
import { quiz } from './quiz.ts';
import { sql } from './sql.ts';
import { web } from './web.ts';

const KINDS = [web, js, http, sql, quiz] as const;

export type ExerciseKind = (typeof KINDS)[number]['id'];
/** The kinds that run in a sandbox (the runner has an adapter for each). */
export type SandboxKindId = Extract<(typeof KINDS)[number], { runs: 'sandbox' }>['id'];

export const EXERCISE_KINDS: readonly ExerciseKind[] = KINDS.map((kind) => kind.id);

const byId = new Map<string, KindDescriptor>(KINDS.map((kind) => [kind.id, kind]));

export const isExerciseKind = (id: string): id is ExerciseKind => byId.has(id);

/** The descriptor of a kind. */
export function kindOf(id: ExerciseKind): KindDescriptor {
  return byId.get(id)!;
}

/** The descriptor of a sandbox kind, or undefined for a graded one. */
export function sandboxKind(id: ExerciseKind): SandboxKind | undefined {
  const kind = kindOf(id);
  return kind.runs === 'sandbox' ? kind : undefined;
}

/** The descriptor of a graded kind, or undefined for a sandbox one. */
export function gradedKind(id: ExerciseKind): GradedKind | undefined {
  const kind = kindOf(id);
  return kind.runs === 'grader' ? kind : undefined;
}
