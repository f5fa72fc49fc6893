import { screen, within } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { catalog } from '../../tests/fixtures/catalog.ts';
import { renderInApp } from '../../tests/setup/render.ts';
import TrackPage from './TrackPage.svelte';

test('a track lists its lessons in order, with time, level, exercises and prerequisites', async () => {
  await renderInApp(TrackPage, { catalog, trackId: 'front-end' }, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Front-end' })).toBeInTheDocument();
  const items = screen.getAllByRole('listitem');
  expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['My first page', 'Les liens']);
  // The French fallback title is marked as French: read aloud in French, laid out in its own direction.
  expect(within(items[1]!).getByRole('link')).toHaveAttribute('lang', 'fr');
  expect(within(items[0]!).getByRole('link')).not.toHaveAttribute('lang');
  expect(items[0]).toHaveTextContent('30 minutes');
  expect(items[0]).toHaveTextContent('2 exercises');
  expect(items[0]).not.toHaveTextContent('Not yet in your language');
  expect(items[1]).toHaveTextContent('Not yet in your language');
  expect(items[1]).toHaveTextContent('Do first: \u2068My first page\u2069');
  expect(screen.getByText('Estimated total time: 1 h 15 min')).toBeInTheDocument();
});

test('an unknown track says so', async () => {
  await renderInApp(TrackPage, { catalog, trackId: 'cooking' }, 'en');
  expect(screen.getByText('This track does not exist.')).toBeInTheDocument();
});
