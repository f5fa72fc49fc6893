import { describe, expect, test } from 'vitest';
import { EXERCISE_KINDS, gradedKind, isExerciseKind, kindOf, sandboxKind } from './registry.ts';

describe('the kinds registry', () => {
  test('lists every kind once, each under its own id', () => {
    expect(new Set(EXERCISE_KINDS).size).toBe(EXERCISE_KINDS.length);
    for (const id of EXERCISE_KINDS) expect(kindOf(id).id).toBe(id);
    expect(isExerciseKind('python')).toBe(false);
  });

  test('a sandbox kind opens one of its own tabs after a run', () => {
    for (const id of EXERCISE_KINDS) {
      const kind = sandboxKind(id);
      if (!kind) continue;
      expect(kind.outputs).toContain(kind.afterRun(true));
      expect(kind.outputs).toContain(kind.afterRun(false));
    }
  });

  test('each kind judges the files a lesson gives it', () => {
    expect(sandboxKind('web')?.check({ files: ['style.css'], hasSchema: false })).toEqual([{ key: 'kind.webIndex' }]);
    expect(sandboxKind('web')?.check({ files: ['index.html'], hasSchema: false })).toEqual([]);
    expect(sandboxKind('sql')?.check({ files: ['query.sql'], hasSchema: false })).toHaveLength(1);
    expect(sandboxKind('http')?.check({ files: ['server.js'], hasSchema: false })).toEqual([]);
    expect(sandboxKind('js')?.check({ files: ['main.css'], hasSchema: false })).toHaveLength(1);
  });

  test('a kind is either run in a sandbox or graded, never both', () => {
    for (const id of EXERCISE_KINDS) expect(Boolean(sandboxKind(id)) !== Boolean(gradedKind(id))).toBe(true);
  });
});
