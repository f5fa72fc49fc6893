import { screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { LessonTextStore } from '../lessons/texts.svelte.ts';
import NotFound from '../routes/NotFound.svelte';
import { renderInApp } from '../../tests/setup/render.ts';
import LazyRoute from './LazyRoute.svelte';

test('a page loads once, even when what it waited for changes afterwards (texts arriving)', async () => {
  const texts = new LessonTextStore(['fr'], async () => ({}));
  let loads = 0;
  const load = () => {
    loads++;
    return Promise.resolve({ default: NotFound });
  };
  await renderInApp(LazyRoute, { load, before: () => texts.ensure('fr'), namespaces: ['pages'] });
  expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  // Reading the store after the texts arrived must not have started a second load (a remount of the page).
  await texts.ensure('fr');
  expect(loads).toBe(1);
});
