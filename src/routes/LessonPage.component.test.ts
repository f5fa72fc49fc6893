import { fireEvent, screen, within } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { catalog, linksLesson } from '../../tests/fixtures/catalog.ts';
import { memorySession, renderInApp } from '../../tests/setup/render.ts';
import { LESSONS_CHANGED } from '../lessons/data.ts';
import type { Glossary } from '../lessons/glossary.ts';
import type { LessonContent } from '../lessons/types.ts';
import LessonPage from './LessonPage.svelte';

const data = { lesson: async () => linksLesson };

test('a lesson missing in the chosen language falls back to French with a notice', async () => {
  await renderInApp(LessonPage, { catalog, data, lessonId: 'front-end/links' }, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Les liens' })).toBeInTheDocument();
  // Language names are isolated (U+2068…U+2069): in an Arabic sentence the period stays after a Latin name.
  expect(await screen.findByText('This lesson is not yet in your language. You are reading it in \u2068Français\u2069.')).toBeInTheDocument();
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

/** The first lesson in one language: a paragraph with a glossary word, the same shape in every language. */
const firstPage = (locale: string, sentence: string, word: string): LessonContent => ({
  id: 'front-end/first-page',
  locale,
  meta: { title: 'First page', summary: '', duration: 30, level: 'beginner', objectives: [`Objective (${locale})`], prerequisites: [], tags: [] },
  blocks: [{ type: 'html', html: `<p>${sentence} <dfn class="term" data-term="tag">${word}</dfn>.</p>` }],
});
const bilingualData = {
  lesson: async (_id: string, locale: string) =>
    locale === 'fr' ? firstPage('fr', 'Une page commence par une', 'balise') : firstPage('en', 'A page starts with a', 'tag'),
  glossary: async (locale: string): Promise<Glossary> =>
    locale === 'fr'
      ? { tag: { term: 'balise', definition: 'Un mot entre < et >.' } }
      : { tag: { term: 'tag', definition: 'A word between < and >.' } },
};

test('the bilingual view shows the French version beside the learner’s, each with its own language', async () => {
  await renderInApp(LessonPage, { catalog, data: bilingualData, lessonId: 'front-end/first-page' }, 'en');
  await screen.findByText(/A page starts with a/);
  expect(screen.queryByText(/Une page commence par une/)).toBeNull();
  await fireEvent.click(screen.getByRole('checkbox', { name: 'Also show in French' }));
  const french = await screen.findByText(/Une page commence par une/);
  expect(french.closest('[lang]')).toHaveAttribute('lang', 'fr');
  expect(screen.getByText(/A page starts with a/).closest('[lang]')).toHaveAttribute('lang', 'en');
});

test('a glossary word is a keyboard button that shows its meaning in the learner’s language and French', async () => {
  await renderInApp(LessonPage, { catalog, data: bilingualData, lessonId: 'front-end/first-page' }, 'en');
  const word = await screen.findByRole('button', { name: 'tag' });
  expect(word).toHaveAttribute('tabindex', '0');
  expect(word).toHaveAttribute('aria-expanded', 'false');
  word.focus();
  await fireEvent.keyDown(word, { key: 'Enter' });
  expect(word).toHaveAttribute('aria-expanded', 'true');
  expect(await screen.findByText(/A word between < and >/)).toBeInTheDocument();
  expect(screen.getByText(/Un mot entre < et >/).closest('[lang]')).toHaveAttribute('lang', 'fr');
  await fireEvent.keyDown(document, { key: 'Escape' });
  expect(word).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByText(/A word between < and >/)).toBeNull();
  expect(document.activeElement).toBe(word);
});

test('read aloud is hidden when the device has no local voice for the language', async () => {
  await renderInApp(LessonPage, { catalog, data: bilingualData, lessonId: 'front-end/first-page' }, 'en');
  await screen.findByText(/A page starts with a/);
  expect(screen.queryByRole('button', { name: /Read the lesson aloud/ })).toBeNull();
});

test('in dev, a saved lesson comes back in place when the server says lessons changed', async () => {
  let sentence = 'A page starts with a';
  const changing = { lesson: async () => firstPage('en', sentence, 'tag') };
  await renderInApp(LessonPage, { catalog, data: changing, lessonId: 'front-end/first-page' }, 'en');
  await screen.findByText(/A page starts with a/);
  sentence = 'A web page starts with a';
  window.dispatchEvent(new Event(LESSONS_CHANGED));
  expect(await screen.findByText(/A web page starts with a/)).toBeInTheDocument();
  expect(screen.queryByText(/^A page starts with a/)).toBeNull();
});

test('a lesson not in the learner’s language opens in their second language; the notice links its languages', async () => {
  const session = await memorySession('uk');
  await session.setSecondLocale('en');
  await renderInApp(LessonPage, { catalog, data: bilingualData, lessonId: 'front-end/first-page' }, 'uk', session);
  await screen.findByText(/A page starts with a/);
  expect(screen.getByRole('article')).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'My first page' })).toHaveAttribute('lang', 'en');
  const note = screen.getByRole('note');
  expect(within(note).getByRole('link', { name: 'Français' })).toHaveAttribute('href', '#/lesson/front-end/first-page?lang=fr');
  const english = within(note).getByRole('link', { name: 'English' });
  expect(english).toHaveAttribute('href', '#/lesson/front-end/first-page?lang=en');
  expect(english).toHaveAttribute('aria-current', 'page');

  // Choosing French in the notice keeps it with the profile and shows the lesson in French.
  const choice = within(note).getByRole('combobox', { name: 'Коли уроку немає моєю мовою, показуй його мовою:' });
  expect(choice).toHaveValue('en');
  await fireEvent.change(choice, { target: { value: 'fr' } });
  expect(await screen.findByText(/Une page commence par une/)).toBeInTheDocument();
  expect(session.profile?.secondLocale).toBe('fr');
});

test('a lesson opened in French through the notice pairs with the learner’s second language in the bilingual view', async () => {
  const session = await memorySession('uk');
  await session.setSecondLocale('en');
  await renderInApp(LessonPage, { catalog, data: bilingualData, lessonId: 'front-end/first-page', language: 'fr' }, 'uk', session);
  await screen.findByText(/Une page commence par une/);
  // French is shown: the only companion offered is English.
  const toggles = screen.getAllByRole('checkbox');
  expect(toggles).toHaveLength(1);
  await fireEvent.click(screen.getByRole('checkbox', { name: 'Показати також мовою: \u2068English\u2069' }));
  const english = await screen.findByText(/A page starts with a/);
  expect(english.closest('[lang]')).toHaveAttribute('lang', 'en');
  expect(screen.getByText(/Une page commence par une/).closest('[lang]')).toHaveAttribute('lang', 'fr');
});
