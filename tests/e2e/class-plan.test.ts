/**
 * Class plans and reports without a server: the trainer makes a plan, a learner on another device joins it by
 * its link, passes a lesson and sends a report link back; the trainer opens it and sees who did what. Links that
 * are damaged, foreign, too large or from another curriculum are refused with the message, changing nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PLAN_SCHEMA, REPORT_SCHEMA } from '../../src/class/links.ts';
import classAr from '../../src/i18n/locales/ar/classroom.json';
import classFr from '../../src/i18n/locales/fr/classroom.json';
import shareFr from '../../src/i18n/locales/fr/share.json';
import workspaceFr from '../../src/i18n/locales/fr/workspace.json';
import { localized } from '../../src/lessons/library.ts';
import { encodeLink } from '../../src/share/link-codec.ts';
import { openApp } from './support/app.ts';
import { violations } from './support/axe.ts';
import { launch, openPage } from './support/browser.ts';
import { catalog, expectStored, LESSON, passExercise } from './support/progress.ts';

const appUrl = inject('appUrl');
const lessons = catalog.tracks.flatMap((track) => track.lessons);
const first = lessons.find((lesson) => lesson.id === LESSON)!;
const second = lessons.find((lesson) => lesson.id === 'front-end/semantic-structure')!;
const title = (lesson: (typeof lessons)[number]) => localized(lesson.title, 'fr');
const refusal = shareFr.refusal.link;
/** Names inside sentences are isolated (U+2068 … U+2069): read texts without those marks. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

/** A day a week from now, as the date field takes it and as the pages write it. */
const due = new Date(Date.now() + 7 * 24 * 3_600_000);
const dueValue = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
const dueWords = new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${dueValue}T12:00:00`));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers the first lesson's quiz right, with the mouse: a choice, two boxes, a word, lines in order. */
async function passFirstQuiz(page: Page) {
  await page.goto(`${appUrl}#/lesson/${LESSON}/first-page-quiz`);
  const quiz = page.locator('#exercise-first-page-quiz');
  const question = (id: string) => quiz.locator(`fieldset[data-question="${id}"]`);
  await question('browser-role').getByRole('radio').nth(1).check();
  await question('closing-tags').getByRole('checkbox', { name: '</h1>' }).check();
  await question('closing-tags').getByRole('checkbox', { name: '</body>' }).check();
  await question('paragraph-tag').getByRole('textbox').fill('p');
  const order = question('skeleton-order');
  const { up, leaveOut } = workspaceFr.quiz.order;
  await order.getByRole('button', { name: `${leaveOut} <h1>Boulangerie du Marché<h1>`, exact: true }).click();
  const right = ['<!DOCTYPE html>', '<html lang="fr">', '<head><title>Boulangerie du Marché</title></head>', '<body>', '<h1>Boulangerie du Marché</h1>', '</body>', '</html>'];
  for (const [position, line] of right.entries()) {
    const lines = (await order.locator('ol.lines > li .line').allTextContents()).map((text) => text.trim());
    for (let from = lines.indexOf(line); from > position; from--) await order.getByRole('button', { name: `${up} ${line}`, exact: true }).click();
  }
  await quiz.getByRole('button', { name: workspaceFr.quiz.check }).click();
  await quiz.getByText(workspaceFr.quiz.doneTitle).first().waitFor();
}

/** What the class view of the plan says for each learner: name, then one status per lesson. */
const planTable = (page: Page) =>
  page
    .locator('section[aria-labelledby="plan-progress"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/[✓…·!]/g, '').trim())));

describe('a class plan, from the trainer to the learner and back', () => {
  let planUrl = '';

  test('the trainer makes a plan of two lessons due on a day; the learner joins it, passes one and reports; the trainer sees one done, one not started', { timeout: 240_000 }, async () => {
    // The trainer's device.
    const trainerContext = await browser.newContext({ locale: 'fr-BE' });
    const { page: trainer, errors: trainerErrors } = await openPage(trainerContext);
    await openApp(trainer, `${appUrl}#/my-class`, 'fr');
    await trainer.getByRole('heading', { level: 1, name: classFr.myClass.title }).waitFor();
    await trainer.getByLabel(classFr.myClass.className).fill('Web B');
    await trainer.getByLabel(classFr.myClass.trainer).fill('Sara');
    for (const lesson of [first, second]) {
      await trainer.getByRole('checkbox', { name: title(lesson), exact: true }).check();
      await trainer.getByLabel(`Date pour « ${title(lesson)} » (facultatif)`).fill(dueValue);
    }
    await trainer.getByText('Leçons choisies : 2').waitFor();
    await trainer.getByRole('button', { name: classFr.myClass.create }).click();
    const link = trainer.getByRole('textbox', { name: classFr.share.link, exact: true });
    await link.waitFor();
    planUrl = await link.inputValue();
    expect(planUrl.startsWith(`${appUrl}#/plan/1.`)).toBe(true);
    // The QR code to project carries the same link; the page is accessible as it is shown to the room.
    expect(await trainer.getByRole('img', { name: 'QR code du lien « Web B »' }).locator('path').getAttribute('d')).toBeTruthy();
    expect(await violations(trainer)).toEqual([]);

    // The learner's device: a first visit straight to the link.
    const learnerContext = await browser.newContext({ locale: 'fr-BE' });
    const { page: learner, errors: learnerErrors } = await openPage(learnerContext);
    await openApp(learner, planUrl, 'fr');
    const question = learner.getByRole('heading', { level: 1 });
    await question.filter({ hasText: 'Rejoindre la classe' }).waitFor();
    expect(plain(await question.textContent())).toBe('Rejoindre la classe « Web B » ?');
    await learner.getByRole('heading', { name: `Pour ${dueWords}` }).waitFor();
    expect(await violations(learner)).toEqual([]);
    await learner.getByRole('button', { name: classFr.join.join }).click();

    // Home: the plan, its day, each lesson's status.
    const card = learner.locator('.plan-card');
    await card.getByRole('heading', { name: `Pour ${dueWords} :` }).waitFor();
    expect(plain(await card.getByRole('heading', { level: 2 }).textContent())).toBe('Classe « Web B »');
    const statuses = async () => card.locator('li').evaluateAll((items) => items.map((item) => [item.querySelector('a')!.textContent!.trim(), item.querySelector('.status')!.textContent!.trim()]));
    expect(await statuses()).toEqual([
      [title(first), 'Pas commencé'],
      [title(second), 'Pas commencé'],
    ]);
    expect(await violations(learner)).toEqual([]);

    // The learner passes the first lesson: its three exercises and its quiz.
    for (const exercise of first.exercises.filter((id) => id !== 'first-page-quiz')) await passExercise(learner, appUrl, exercise);
    await passFirstQuiz(learner);
    await expectStored(learner, (db) => first.exercises.every((id) => db.exercises.some((record) => record.exerciseId === id && record.status === 'passed')));
    await learner.goto(`${appUrl}#/`);
    await card.getByRole('heading', { name: `Pour ${dueWords} :` }).waitFor();
    expect(await statuses()).toEqual([
      [title(first), 'Fini'],
      [title(second), 'Pas commencé'],
    ]);

    // "Envoyer mon avancement": a link with no code in it.
    await card.getByRole('button', { name: classFr.home.send }).click();
    const reportUrl = await card.getByRole('textbox', { name: classFr.share.link, exact: true }).inputValue();
    expect(reportUrl.startsWith(`${appUrl}#/report/1.`)).toBe(true);
    expect(reportUrl.length).toBeLessThan(1_000);
    expect(await violations(learner)).toEqual([]);

    // The trainer opens it: the learner is added, and the plan's view shows one lesson done, one not started.
    await trainer.goto(reportUrl);
    await trainer.getByRole('heading', { level: 1 }).filter({ hasText: 'Avancement de' }).waitFor();
    expect(plain(await trainer.getByRole('heading', { level: 1 }).textContent())).toBe('Avancement de Moi');
    await trainer.getByRole('button', { name: classFr.report.add }).click();
    await trainer.locator('#plan-progress').waitFor();
    expect(await planTable(trainer)).toEqual([['Moi', 'fini', 'pas commencé']]);
    expect(plain(await trainer.locator('.counts li').first().textContent())).toContain('fini 1 · en cours 0 · pas commencé 0 · en retard 0');
    expect(await violations(trainer)).toEqual([]);
    // The whole class view (and its CSV) knows the learner too, after a reload: it is kept on the device.
    await trainer.goto(`${appUrl}#/class`);
    await trainer.getByText('1 apprenant').waitFor();

    expect(trainerErrors).toEqual([]);
    expect(learnerErrors).toEqual([]);
    await trainerContext.close();
    await learnerContext.close();
  });

  test('in Arabic on a phone: the plan reads right to left, dates in Arabic, nothing wider than the screen, axe clean', async () => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 360, height: 740 } });
    const { page, errors } = await openPage(context);
    const plan = { id: 'class-ar', className: 'Web B', trainer: 'Sara', issuedAt: 1_000, lessons: [{ lesson: first.id, due: dueValue }, { lesson: second.id }] };
    await openApp(page, `${appUrl}#/plan/${encodeLink(PLAN_SCHEMA, plan)}`, 'ar');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Web B' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: classAr.join.join }).click();
    const card = page.locator('.plan-card');
    const arabicDay = new Intl.DateTimeFormat('ar', { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${dueValue}T12:00:00`));
    await card.getByRole('heading', { name: classAr.home.forDay.replace('{{day}}', arabicDay) }).waitFor();
    await card.getByRole('heading', { name: classAr.home.noDay }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await card.getByRole('button', { name: classAr.home.send }).click();
    await card.getByRole('img').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('damaged, foreign, oversized and unknown plan and report links are refused with the message; nothing changes', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const { page, errors } = await openPage(context);
    await openApp(page, `${appUrl}#/`, 'fr');
    await page.locator('.track-card').first().waitFor();
    const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith('sirius-learn:plans:') || key === 'sirius-learn:class')));
    const before = await stored();

    const plan = { id: 'class-b', className: 'Web B', trainer: 'Sara', issuedAt: 1_000, lessons: [{ lesson: LESSON }] };
    const report = { planId: 'class-b', className: 'Web B', learnerId: 'learner-1', learner: 'Amina', sentAt: 1_000, lessons: {} };
    const cases: [string, string][] = [
      [`#/plan/${encodeLink(PLAN_SCHEMA, plan).slice(0, -6)}`, refusal.damaged],
      ['#/plan/hello', refusal['not-ours']],
      [`#/plan/1.${'A'.repeat(20_000)}`, refusal['too-large']],
      [`#/plan/${encodeLink(REPORT_SCHEMA, report)}`, refusal['wrong-kind']],
      [`#/plan/${encodeLink(PLAN_SCHEMA, { ...plan, trainer: 'Sara\u202e' })}`, refusal.invalid],
      [`#/plan/${encodeLink(PLAN_SCHEMA, { ...plan, lessons: [{ lesson: 'mobile/swift' }] })}`, classFr.join.noLessons],
      [`#/report/${encodeLink(REPORT_SCHEMA, report).slice(0, -6)}`, refusal.damaged],
      [`#/report/${encodeLink(PLAN_SCHEMA, plan)}`, refusal['wrong-kind']],
      // A state no report has: encoded as a hostile sender would, past the types.
      [`#/report/${encodeLink(REPORT_SCHEMA, { ...report, lessons: { [LESSON]: { 'bakery-title': 'perfect' as 'passed' } } })}`, refusal.invalid],
      ['#/report/%E0%A4%A', refusal['not-ours']],
    ];
    for (const [hash, message] of cases) {
      await page.goto(`${appUrl}#/`);
      await page.locator('.track-card').first().waitFor();
      await page.goto(`${appUrl}${hash}`);
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      // No button that could keep anything.
      expect(await page.getByRole('button', { name: classFr.join.join }).count()).toBe(0);
      expect(await page.getByRole('button', { name: classFr.report.add }).count()).toBe(0);
    }
    expect(await violations(page)).toEqual([]);
    expect(await stored()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
