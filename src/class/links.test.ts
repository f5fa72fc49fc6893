import { describe, expect, test } from 'vitest';
import { readLessonTree } from '../lessons/tree.ts';
import { decodeLink, encodeLink, linkUrl, MAX_LINK_LENGTH } from '../share/link-codec.ts';
import { correction, generate } from 'lean-qr';
import { knownLessons, PLAN_SCHEMA, REPORT_SCHEMA } from './links.ts';
import type { ClassPlan } from './plan.ts';
import { makeReport } from './report.ts';

const known = knownLessons(readLessonTree('lessons').catalog);
const name = 'Ω'.repeat(60);
/** The largest plan the trainer's page can make: every lesson of the curriculum, each with a day, long names. */
const plan: ClassPlan = { id: 'f'.repeat(32), className: name, trainer: name, issuedAt: 1_765_000_000_000, lessons: known.map((lesson) => ({ lesson: lesson.id, due: '2026-12-15' })) };
const url = (kind: 'plan' | 'report', token: string) => linkUrl('https://school.example/sirius/learn/', kind, token);

describe('plan and report links', () => {
  test('a plan goes through a link unchanged, and is refused as a report', () => {
    const token = encodeLink(PLAN_SCHEMA, plan);
    expect(decodeLink(PLAN_SCHEMA, token)).toEqual({ ok: true, payload: { kind: 'plan', version: 1, data: plan } });
    expect(decodeLink(REPORT_SCHEMA, token)).toMatchObject({ ok: false, reason: 'wrong-kind' });
  });

  test('the largest plan (every lesson of the curriculum) and a report of all of it fit in a link', () => {
    const planUrl = url('plan', encodeLink(PLAN_SCHEMA, plan));
    const report = makeReport(plan, { id: 'a'.repeat(32), name }, known, () => 'passed', 1_765_000_000_000);
    const reportUrl = url('report', encodeLink(REPORT_SCHEMA, report));
    for (const link of [planUrl, reportUrl]) expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decodeLink(REPORT_SCHEMA, reportUrl.split('/report/')[1]!)).toEqual({ ok: true, payload: { kind: 'report', version: 1, data: report } });
  });

  // A class plans a track at most; a whole curriculum in one code would need a QR code too dense for a phone.
  test('a plan of the largest track and a report of all of it, every exercise passed, fit in a QR code', () => {
    const tracks = readLessonTree('lessons').catalog.tracks;
    const largest = tracks.reduce((a, b) => (b.lessons.length > a.lessons.length ? b : a));
    const trackPlan: ClassPlan = { ...plan, lessons: largest.lessons.map((lesson) => ({ lesson: lesson.id, due: '2026-12-15' })) };
    const report = makeReport(trackPlan, { id: 'a'.repeat(32), name }, known, () => 'passed', 1_765_000_000_000);
    for (const link of [url('plan', encodeLink(PLAN_SCHEMA, trackPlan)), url('report', encodeLink(REPORT_SCHEMA, report))]) {
      // Throws when the text does not fit in any QR code.
      expect(generate(link, { minCorrectionLevel: correction.L }).size).toBeGreaterThan(0);
    }
  });

  test('a plan with a malformed field is refused as invalid', () => {
    expect(decodeLink(PLAN_SCHEMA, encodeLink(PLAN_SCHEMA, { ...plan, lessons: [{ lesson: 'x', due: 'mardi' }] }))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
