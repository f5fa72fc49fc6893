import { describe, expect, test } from 'vitest';
import { emptyRecord } from '../progress/exercise-record.ts';
import type { ProgressSnapshot } from '../progress/types.ts';
import { addMember, addReport, EMPTY_ROSTER, memberFromSnapshot, memberRecords, readRoster } from './roster.ts';
import type { ClassReport } from './report.ts';

const known = [
  { id: 'front-end/first-page', exercises: ['title', 'list'] },
  { id: 'front-end/links', exercises: ['link'] },
];
const report: ClassReport = { planId: 'class-1', className: 'Web B', learnerId: 'learner-1', learner: 'Amina', sentAt: 5_000, lessons: { 'front-end/first-page': { title: 'passed' }, 'front-end/links': {} } };

describe('reports', () => {
  test('a first report adds the learner, a newer one updates them, an older one changes nothing', () => {
    const first = addReport(EMPTY_ROSTER, report);
    expect(first.change).toBe('added');
    expect(first.roster.members).toEqual([{ id: 'learner-1', name: 'Amina', updatedAt: 5_000, lessons: report.lessons, plans: ['class-1'] }]);
    const newer = addReport(first.roster, { ...report, learner: 'Amina K.', sentAt: 6_000, lessons: { 'front-end/links': { link: 'passed' } } });
    expect(newer.change).toBe('updated');
    expect(newer.roster.members).toEqual([
      { id: 'learner-1', name: 'Amina K.', updatedAt: 6_000, lessons: { 'front-end/first-page': { title: 'passed' }, 'front-end/links': { link: 'passed' } }, plans: ['class-1'] },
    ]);
    const older = addReport(newer.roster, report);
    expect(older).toEqual({ roster: newer.roster, change: 'older' });
  });
});

describe('backup files', () => {
  const snapshot: ProgressSnapshot = {
    profile: { id: 'learner-1', name: 'Amina', avatar: 'sun', locale: 'fr', createdAt: 1 },
    progress: {
      exercises: [
        { ...emptyRecord('front-end/first-page', 'title'), status: 'passed', passedAt: 7_000 },
        { ...emptyRecord('front-end/first-page', 'list'), draft: { files: [], savedAt: 2 } },
        emptyRecord('front-end/links', 'link'),
      ],
      lessons: [],
    },
    quarantine: [],
  };
  test('a file gives every exercise passed or begun, and keeps the plans the learner reported on', () => {
    const member = memberFromSnapshot(snapshot);
    expect(member.lessons).toEqual({ 'front-end/first-page': { title: 'passed', list: 'started' } });
    expect(member.updatedAt).toBe(7_000);
    const withReport = addReport(EMPTY_ROSTER, report).roster;
    const { roster, change } = addMember(withReport, member);
    expect(change).toBe('updated');
    expect(roster.members[0]).toMatchObject({ updatedAt: 7_000, plans: ['class-1'], lessons: member.lessons });
  });
  test('members read as the class tables read backup files', () => {
    expect(memberRecords(memberFromSnapshot(snapshot))).toEqual({
      profile: { name: 'Amina' },
      progress: { exercises: [{ lessonId: 'front-end/first-page', exerciseId: 'title', status: 'passed' }, { lessonId: 'front-end/first-page', exerciseId: 'list', status: 'attempted' }] },
    });
  });
});

test('readRoster reads back what was stored and leaves out what no longer reads', () => {
  const plan = { id: 'class-1', className: 'Web B', trainer: 'Sara', issuedAt: 1, lessons: [{ lesson: 'front-end/links' }] };
  const roster = { plans: [plan], members: addReport(EMPTY_ROSTER, report).roster.members };
  expect(readRoster(JSON.parse(JSON.stringify(roster)), known)).toEqual(roster);
  expect(readRoster({ plans: [{}, plan], members: [{ id: 'x' }, ...roster.members] }, known)).toEqual(roster);
  expect(readRoster('broken', known)).toEqual(EMPTY_ROSTER);
});
