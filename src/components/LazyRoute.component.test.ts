import { screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import { LessonTextStore } from '../lessons/texts.svelte.ts';
import NotFound from '../routes/NotFound.svelte';
import { renderInApp } from '../../tests/setup/render.ts';
import LazyRoute from './LazyRoute.svelte';

// Counts the downloads of a page (the real pages are Vite chunks).
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../routes/pages.ts', () => ({
  lazyPage: () => ({
    load: () => {
      loads.count++;
      return Promise.resolve({ default: NotFound });
    },
    namespaces: ['pages'],
  }),
}));

test('a page loads once, even when what it waited for changes afterwards (texts arriving)', async () => {
  const texts = new LessonTextStore(['fr'], async () => ({}));
  await renderInApp(LazyRoute, { page: 'NotFound', before: () => texts.ensure('fr') });
  expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  // Reading the store after the texts arrived must not have started a second load (a remount of the page).
  await texts.ensure('fr');
  expect(loads.count).toBe(1);
});
