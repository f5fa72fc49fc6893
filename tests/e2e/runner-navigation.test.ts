/**
 * A page that tries to leave (to another address, or to reload) is stopped and reported at once: nothing
 * reaches the network, the frame is discarded, the exercise is not passed. In-page links (`#id`) scroll
 * within the learner's page, in runs and in the preview, as in any browser.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exercise, html, js, openRunnerSession, type RunnerSession } from './fixtures/runner/session.ts';

let session: RunnerSession;
beforeAll(async () => {
  session = await openRunnerSession();
});
afterAll(() => session?.close());

const target = (name: string) => `${session.harness.url}away-${name}`;

/** Ways out, each given the address to go to. */
const LEAVES: Record<string, (url: string) => string> = {
  'location.href =': (url) => `location.href = '${url}';`,
  'location.replace': (url) => `location.replace('${url}');`,
  "window.open(url, '_self')": (url) => `window.open('${url}', '_self');`,
  'a form sent elsewhere': (url) => `const form = document.createElement('form'); form.action = '${url}'; document.body.append(form); form.submit();`,
  'location.reload': () => 'location.reload();',
};

const PASSING_TEST = "test('the title', async () => { $('#go').click(); await new Promise((resolve) => setTimeout(resolve, 2000)); expect(text('h1')).toBe('x'); });";

describe('a page that navigates away', () => {
  test.each(Object.entries(LEAVES))('%s: reported within 500 ms, no request made, not passed', async (name, leave) => {
    const page = exercise('web', [
      html('<h1>x</h1><button id="go">go</button><script src="script.js"></script>'),
      js('script.js', `document.querySelector('#go').addEventListener('click', () => {\n  console.log(String(Date.now()));\n  ${leave(target(name.replace(/\W+/g, '-')))}\n});`),
    ], PASSING_TEST);
    const { result, end } = await session.run(page);
    const endedAt = await session.page.evaluate((end) => performance.timeOrigin + end, end);
    const attemptedAt = Number(result.console[0]?.text);

    expect(result).toMatchObject({ status: 'error', problems: [{ message: { key: 'runner:navigated' } }] });
    expect(endedAt - attemptedAt).toBeLessThanOrEqual(500);
    expect(await session.page.locator('iframe').count()).toBe(0);
    // The page's own round trip to the server proves a request would have arrived by now.
    await session.page.evaluate((url) => fetch(url), `${session.harness.url}probe`);
    expect(session.harness.requests.filter((path) => path.includes('away-'))).toEqual([]);
  });

  test('while the page is still loading, too', async () => {
    const { result } = await session.run(exercise('web', [html(`<h1>x</h1><script>location.href = '${target('loading')}';</script><p>more</p>`)], PASSING_TEST));
    expect(result).toMatchObject({ status: 'error', problems: [{ message: { key: 'runner:navigated' } }] });
    expect(result.durationMs).toBeLessThan(1_000);
    expect(session.harness.requests.filter((path) => path.includes('away-'))).toEqual([]);
  });

  test('<meta http-equiv="refresh"> is removed: the page stays, nothing is requested', async () => {
    const refresh = `<meta http-equiv="refresh" content="0; url=${target('meta')}">`;
    const { result } = await session.run(exercise('web', [html(`<head>${refresh}</head><h1>x</h1>`)], "test('the title', async () => { await new Promise((resolve) => setTimeout(resolve, 300)); expect(text('h1')).toBe('x'); expect($('meta[http-equiv=refresh]')).toBe(null); });"));
    expect(result.status).toBe('passed');
    expect(session.harness.requests.filter((path) => path.includes('away-'))).toEqual([]);
  });
});

describe('in-page links', () => {
  const longPage = html('<a id="skip" href="#contact">Contact</a><div style="height:3000px">long</div><h2 id="contact">Contact</h2>');

  test('scroll within the page in a run', async () => {
    const { result } = await session.run(exercise('web', [longPage], "test('the link scrolls', () => { $('#skip').click(); expect(window.scrollY).toBeGreaterThan(1000); });"));
    expect(result.tests).toMatchObject([{ status: 'passed' }]);
    expect(result.status).toBe('passed');
  });

  test('scroll within the page in the preview, which stays the learner\'s page', async () => {
    await session.page.evaluate((target) => {
      const container = document.getElementById('preview');
      if (!container) throw new Error('no preview container');
      window.runner.preview(container, target, target.starter);
    }, exercise('web', [longPage], ''));
    const frame = session.page.frameLocator('#preview iframe');
    await frame.locator('#skip').click();
    const scrolled = session.page.frames().find((candidate) => candidate.parentFrame() === session.page.mainFrame());
    if (!scrolled) throw new Error('no preview frame');
    await scrolled.waitForFunction(() => window.scrollY > 1000);
    expect(await frame.locator('#contact').isVisible()).toBe(true);
    expect(await session.page.locator('#preview iframe').count()).toBe(1);
  });
});
