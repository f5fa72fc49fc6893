import { screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { catalog } from '../../tests/fixtures/catalog.ts';
import { renderInApp } from '../../tests/setup/render.ts';
import Home from './Home.svelte';

test('home lists every track with its lesson count and time, linked to its page', async () => {
  await renderInApp(Home, { catalog });
  expect(screen.getByRole('heading', { level: 1, name: 'Apprendre le code, pas à pas' })).toBeInTheDocument();
  const link = screen.getByRole('link', { name: 'Front-end' });
  expect(link).toHaveAttribute('href', '#/track/front-end');
  const card = link.closest('article');
  expect(card).toHaveTextContent('2 leçons');
  expect(card).toHaveTextContent('1 h 15 min');
  expect(screen.getByRole('link', { name: 'Back-end' }).closest('article')).toHaveTextContent('0 leçon');
});

test('home speaks English when English is chosen', async () => {
  await renderInApp(Home, { catalog }, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Learn to code, step by step' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Front-end' }).closest('article')).toHaveTextContent('2 lessons');
});
