import { describe, expect, test } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { formatIssue } from './issue.ts';
import type { ParsedLesson, TrackConfig } from './types.ts';

const track: TrackConfig = { id: 'web', order: 1, title: { fr: 'Web', en: 'Web' }, description: { fr: 'd', en: 'd' } };

function lesson(slug: string, locale: string, options: { order?: number; prerequisites?: string[]; exercises?: string[]; projects?: string[] } = {}): ParsedLesson {
  const exercise = (id: string) => ({
    type: 'exercise' as const,
    exercise: {
      id, kind: 'web' as const, title: id, instructions: 'x', starter: [], solution: [], tests: '', testsLine: 1,
      hints: [{ markdown: 'h', line: 1 }], timeoutMs: 3000, ordered: false, line: 1, variants: [],
      ...(options.projects?.includes(id) ? { project: true } : {}),
    },
  });
  return {
    id: `web/${slug}`, track: 'web', slug, order: options.order ?? 1, locale,
    file: `lessons/web/0${options.order ?? 1}-${slug}/${locale}.md`,
    meta: {
      title: `${slug} ${locale}`, summary: `about ${slug}`, duration: 20, level: 'beginner', objectives: ['o'],
      prerequisites: options.prerequisites ?? [], tags: [],
    },
    blocks: [{ type: 'prose', markdown: 'text', line: 8 }, ...(options.exercises ?? ['one']).map(exercise)],
  };
}

describe('buildCatalog', () => {
  test('summarises lessons per track in order, source language first, without bodies', () => {
    const { catalog, issues } = buildCatalog([track], [
      lesson('second', 'fr', { order: 2 }),
      lesson('first', 'en'),
      lesson('first', 'fr'),
    ]);
    expect(issues).toEqual([]);
    expect(catalog.tracks[0]?.lessons.map((l) => [l.id, l.locales])).toEqual([
      ['web/first', ['fr', 'en']],
      ['web/second', ['fr']],
    ]);
    expect(catalog.tracks[0]?.lessons[0]).toEqual({
      id: 'web/first', track: 'web', order: 1, locales: ['fr', 'en'],
      title: { fr: 'first fr', en: 'first en' }, summary: { fr: 'about first', en: 'about first' },
      duration: 20, level: 'beginner', prerequisites: [], exercises: ['one'],
    });
    expect(JSON.stringify(catalog)).not.toContain('"blocks"');
  });

  test('a lesson needs its French source', () => {
    const { issues } = buildCatalog([track], [lesson('first', 'en')]);
    expect(issues.map(formatIssue)).toEqual([
      'lessons/web/01-first/en.md:1:1: la leçon « web/first » n\'a pas de fr.md : chaque leçon est d\'abord écrite en fr',
    ]);
  });

  test('translations carry the same exercises', () => {
    const { issues } = buildCatalog([track], [lesson('first', 'fr', { exercises: ['a', 'b'] }), lesson('first', 'en', { exercises: ['a', 'c'] })]);
    expect(issues.map(formatIssue)).toEqual([
      'lessons/web/01-first/en.md:1:1: exercice(s) de lessons/web/01-first/fr.md qui manque(nt) ici : b',
      'lessons/web/01-first/en.md:1:1: exercice(s) absent(s) de lessons/web/01-first/fr.md : c',
    ]);
  });

  test('a lesson lists its project exercises, only when it has some; translations mark the same ones', () => {
    const { catalog, issues } = buildCatalog([track], [
      lesson('first', 'fr', { exercises: ['a', 'b', 'c'], projects: ['b'] }),
      lesson('first', 'en', { exercises: ['a', 'b', 'c'], projects: ['c'] }),
      lesson('second', 'fr', { order: 2 }),
    ]);
    expect(catalog.tracks[0]?.lessons.map((entry) => entry.projects)).toEqual([['b'], undefined]);
    expect(JSON.stringify(catalog.tracks[0]?.lessons[1])).not.toContain('projects');
    expect(issues.map(formatIssue)).toEqual([
      'lessons/web/01-first/en.md:1:1: exercice « b » : project doit être pareil ici et dans lessons/web/01-first/fr.md (dans les deux, ou dans aucun)',
      'lessons/web/01-first/en.md:1:1: exercice « c » : project doit être pareil ici et dans lessons/web/01-first/fr.md (dans les deux, ou dans aucun)',
    ]);
  });

  test('prerequisites must exist and form no loop', () => {
    const { issues } = buildCatalog([track], [
      lesson('a', 'fr', { prerequisites: ['web/b'] }),
      lesson('b', 'fr', { order: 2, prerequisites: ['web/a', 'web/zzz'] }),
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'le prérequis « web/zzz » n\'est pas une leçon',
      'les prérequis tournent en rond : web/a → web/b → web/a',
    ]);
  });

  test('two folders with one slug, and a lesson in a track without track.yaml', () => {
    const other = { ...lesson('x', 'fr'), id: 'other/x', track: 'other', file: 'lessons/other/01-x/fr.md' };
    const { issues } = buildCatalog([track], [lesson('first', 'fr'), lesson('first', 'fr', { order: 3 }), other]);
    expect(issues.map((issue) => issue.message)).toEqual([
      'deux dossiers de leçon utilisent le slug « first » : renomme l\'un d\'eux',
      'le parcours « other » n\'a pas de track.yaml',
    ]);
  });

  test('what depends on an unreadable lesson or track is not reported: its own problems already are', () => {
    const other = { ...lesson('x', 'fr'), id: 'other/x', track: 'other', file: 'lessons/other/01-x/fr.md' };
    const { issues } = buildCatalog([track], [lesson('first', 'en'), lesson('b', 'fr', { order: 2, prerequisites: ['web/first'] }), other], {
      lessons: new Set(['web/first']),
      tracks: new Set(['other']),
    });
    expect(issues).toEqual([]);
  });
});
