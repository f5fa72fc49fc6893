import { describe, expect, test } from 'vitest';
import { profile } from '../progress/testing.ts';
import type { ProgressSnapshot } from '../progress/types.ts';
import { carriesClasses, classesPart, CLASSES_VERSION, joinedAfterImport, memberFromBackup, mergePlans, mergeRosters, pickBackup, readClassesPart } from './backup.ts';
import type { ClassPlan } from './plan.ts';
import type { ClassMember, ClassRoster } from './roster.ts';

const known = [
  { id: 'front-end/first-page', exercises: ['title', 'list'] },
  { id: 'front-end/links', exercises: ['link'] },
];
const plan = (id: string, issuedAt: number, className = 'Web B'): ClassPlan => ({ id, className, trainer: 'Sara', issuedAt, lessons: [{ lesson: 'front-end/first-page', due: '2026-12-15' }] });
const member = (id: string, updatedAt: number, plans: string[] = []): ClassMember => ({ id, name: `Learner ${id}`, updatedAt, lessons: { 'front-end/first-page': { title: 'passed' } }, plans });
/** What a file holds after JSON: a plain copy, like the text a page reads back. */
const throughFile = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the class part of a backup file', () => {
  test('reads back what was written: the joined plans, and the class when the trainer added it', () => {
    const roster: ClassRoster = { plans: [plan('mine', 3)], members: [member('amina', 10, ['mine'])] };
    expect(readClassesPart(throughFile(classesPart({ joined: [plan('web-b', 1)] })), known)).toEqual({ ok: true, classes: { joined: [plan('web-b', 1)] } });
    expect(readClassesPart(throughFile(classesPart({ joined: [], roster })), known)).toEqual({ ok: true, classes: { joined: [], roster } });
    expect(classesPart({ joined: [] }).version).toBe(CLASSES_VERSION);
  });

  test('a file made before classes were saved has none, and that is no error', () => {
    expect(readClassesPart(undefined, known)).toEqual({ ok: true, classes: undefined });
  });

  test('a part from a newer app is refused as newer; a damaged one as invalid', () => {
    expect(readClassesPart({ version: CLASSES_VERSION + 1, joined: 'whatever' }, known)).toMatchObject({ ok: false, reason: 'future-version' });
    for (const damaged of [
      null,
      [],
      { joined: [] },
      { version: '1', joined: [] },
      { version: 1 },
      { version: 1, joined: [{ ...plan('web-b', 1), className: '' }] },
      { version: 1, joined: [plan('web-b', 1)], roster: { plans: [], members: [{ id: 'x' }] } },
      { version: 1, joined: [], roster: { plans: 'none', members: [] } },
      { version: 1, joined: Array.from({ length: 101 }, (_, index) => plan(`p${index}`, 1)) },
    ]) {
      expect(readClassesPart(damaged, known), JSON.stringify(damaged).slice(0, 80)).toMatchObject({ ok: false, reason: 'invalid' });
    }
  });

  test('a plan only of lessons this device does not know is left out, as a link’s would be', () => {
    const foreign = { ...plan('mobile', 1), lessons: [{ lesson: 'mobile/swift' }] };
    expect(readClassesPart({ version: 1, joined: [foreign, plan('web-b', 1)] }, known)).toEqual({ ok: true, classes: { joined: [plan('web-b', 1)] } });
  });
});

describe('importing classes', () => {
  test('a merge keeps every class, the newest version of each, whichever side it is on', () => {
    const current = [plan('web-b', 5, 'Web B, new'), plan('web-a', 1)];
    const incoming = [plan('web-b', 2, 'Web B, old'), plan('web-c', 3), plan('web-a', 4, 'Web A, new')];
    expect(mergePlans(current, incoming)).toEqual([plan('web-b', 5, 'Web B, new'), plan('web-a', 4, 'Web A, new'), plan('web-c', 3)]);
    expect(joinedAfterImport(current, incoming, 'merge')).toEqual(mergePlans(current, incoming));
  });

  test('a replace takes the file’s plans, as it takes the file’s progress', () => {
    expect(joinedAfterImport([plan('web-b', 5)], [plan('web-c', 3)], 'replace')).toEqual([plan('web-c', 3)]);
  });

  test('a trainer’s class merges plan by plan and learner by learner, the newest of each kept', () => {
    const current: ClassRoster = { plans: [plan('mine', 3)], members: [member('amina', 10, ['mine']), member('yonas', 50)] };
    const incoming: ClassRoster = { plans: [plan('mine', 7, 'Web B 2'), plan('other', 1)], members: [member('amina', 20, ['other']), member('yonas', 40), member('sara', 5)] };
    const merged = mergeRosters(current, incoming);
    expect(merged.plans).toEqual([plan('mine', 7, 'Web B 2'), plan('other', 1)]);
    expect(merged.members.map(({ id, updatedAt, plans }) => ({ id, updatedAt, plans }))).toEqual([
      { id: 'yonas', updatedAt: 50, plans: [] },
      { id: 'amina', updatedAt: 20, plans: ['mine', 'other'] },
      { id: 'sara', updatedAt: 5, plans: [] },
    ]);
  });
});

describe('a picked backup file', () => {
  const snapshot: ProgressSnapshot = { profile: profile({ id: 'amina' }), progress: { exercises: [], lessons: [] }, quarantine: [] };

  test('holds its classes ready to keep once the learner confirms', () => {
    const picked = pickBackup({ ok: true, snapshot, quarantined: 0, fromVersion: 1, classes: classesPart({ joined: [plan('web-b', 1)] }) }, known, 9);
    expect(picked).toEqual({ snapshot, quarantined: 0, classes: { joined: [plan('web-b', 1)] } });
    expect(carriesClasses(picked.classes)).toBe(true);
  });

  test('a file without classes, or with none joined, changes no class', () => {
    expect(pickBackup({ ok: true, snapshot, quarantined: 0, fromVersion: 1 }, known, 9).classes).toBeUndefined();
    expect(carriesClasses(undefined)).toBe(false);
    expect(carriesClasses({ joined: [] })).toBe(false);
    expect(carriesClasses({ joined: [], roster: { plans: [], members: [] } })).toBe(true);
  });

  test('a newer or damaged class part is set aside with the file’s unreadable records; the progress is untouched', () => {
    for (const [raw, reason] of [
      [{ version: CLASSES_VERSION + 1, joined: [], teams: [] }, 'future-version'],
      [{ version: 1, joined: 'web-b' }, 'invalid'],
    ] as const) {
      const picked = pickBackup({ ok: true, snapshot, quarantined: 0, fromVersion: 1, classes: raw }, known, 9);
      expect(picked.setAside).toBe(reason);
      expect(picked.classes).toBeUndefined();
      expect(picked.snapshot.progress).toBe(snapshot.progress);
      expect(picked.snapshot.quarantine).toEqual([{ source: 'file', profileId: 'amina', raw, reason: expect.stringMatching(/^classes: /), at: 9 }]);
      expect(snapshot.quarantine).toEqual([]);
    }
  });

  test('read in the trainer’s class, its learner is in the plans they joined; a damaged part names none', () => {
    const read = { ok: true as const, snapshot, quarantined: 0, fromVersion: 1 };
    expect(memberFromBackup({ ...read, classes: classesPart({ joined: [plan('web-b', 1), plan('web-c', 2)] }) }, known).plans).toEqual(['web-b', 'web-c']);
    expect(memberFromBackup({ ...read, classes: { version: 1, joined: 'web-b' } }, known).plans).toEqual([]);
    expect(memberFromBackup(read, known)).toMatchObject({ id: 'amina', plans: [] });
  });
});
