import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { catalog } from '../../tests/fixtures/catalog.ts';
import { renderInApp } from '../../tests/setup/render.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { parseTrack } from '../lessons/track.ts';
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

test.each(LANGUAGES.map((language) => language.code))('home shows the real track names and descriptions in %s', async (locale) => {
  const folders = readdirSync('lessons').filter((folder) => existsSync(`lessons/${folder}/track.yaml`));
  const tracks = folders.map((folder) => {
    const file = `lessons/${folder}/track.yaml`;
    const { track } = parseTrack(readFileSync(file, 'utf8'), file, folder);
    if (!track) throw new Error(`${file} does not parse`);
    return { ...track, lessons: [] };
  });
  await renderInApp(Home, { catalog: { tracks } }, locale);
  for (const track of tracks) {
    const card = screen.getByRole('link', { name: track.title[locale] }).closest('article');
    expect(card).toHaveTextContent(track.description[locale] ?? '');
  }
});
