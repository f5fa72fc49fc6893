import { afterEach, expect, test } from 'vitest';
import { focusHeading, focusIsFree } from './focus.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

test('the new page heading takes focus once it is rendered', async () => {
  const link = Object.assign(document.createElement('a'), { href: '#/x', textContent: 'x' });
  document.body.append(link);
  link.focus();
  const moved = focusHeading(document);
  document.body.insertAdjacentHTML('beforeend', '<main><h1 tabindex="-1">Page</h1></main>');
  expect(await moved).toBe(true);
  expect(document.activeElement?.textContent).toBe('Page');
});

test('focus the learner moved meanwhile (a form that opened) stays where it is', async () => {
  const moved = focusHeading(document);
  document.body.insertAdjacentHTML('beforeend', '<main><h1 tabindex="-1">Page</h1><input id="name"></main>');
  document.getElementById('name')!.focus();
  expect(await moved).toBe(false);
  expect(document.activeElement?.id).toBe('name');
  expect(focusIsFree(document)).toBe(false);
});
