import { screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { catalog, linksLesson } from '../../tests/fixtures/catalog.ts';
import { renderInApp } from '../../tests/setup/render.ts';
import LessonPage from './LessonPage.svelte';

const data = { lesson: async () => linksLesson };

test('a lesson missing in the chosen language falls back to French with a notice', async () => {
  await renderInApp(LessonPage, { catalog, data, lessonId: 'front-end/links' }, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Les liens' })).toBeInTheDocument();
  expect(await screen.findByText('This lesson is not yet in your language. You are reading it in Français.')).toBeInTheDocument();
  const article = screen.getByRole('article');
  expect(article).toHaveAttribute('lang', 'fr');
  expect(screen.getByRole('heading', { level: 2, name: 'Un lien' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Previous lesson/ })).toHaveAttribute('href', '#/lesson/front-end/first-page');
});

test('a lesson that cannot load says so and offers to try again', async () => {
  const failing = { lesson: () => Promise.reject(new Error('offline')) };
  await renderInApp(LessonPage, { catalog, data: failing, lessonId: 'front-end/links' }, 'fr');
  expect(await screen.findByRole('alert')).toHaveTextContent("Impossible d'ouvrir cette leçon.");
  expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
});
