import { expect, test } from 'vitest';
import { catalog } from '../../tests/fixtures/catalog.ts';
import { splitCatalog } from './catalog.ts';
import { LessonTextStore, withTrackTexts } from './texts.svelte.ts';
import type { LessonTexts, Locale } from './types.ts';

test('pages asking for the same language at once share one download, and a failed one is asked again', async () => {
  const lesson = catalog.tracks[0]!.lessons[0]!;
  const asked: Locale[] = [];
  let fail = true;
  const store = new LessonTextStore(['fr', 'en'], async (locale) => {
    asked.push(locale);
    if (locale === 'en' && fail) throw new Error('offline');
    return { [lesson.id]: { title: `title ${locale}`, summary: '' } } satisfies LessonTexts;
  });

  const both = await Promise.allSettled([store.ensure('fr'), store.ensure('fr')]);
  expect(both.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  expect(asked.sort()).toEqual(['en', 'fr']);

  fail = false;
  await Promise.all([store.ensure('fr'), store.ensure('en')]);
  // fr is there already; en, which failed, is fetched once more.
  expect(asked.sort()).toEqual(['en', 'en', 'fr']);
  expect(store.title(lesson, 'fr')).toBe('title fr');
  expect(store.title(lesson, 'en')).toBe('title en');
  // An Arabic reader gets the French text, and knows it is French.
  expect(store.text(lesson, 'ar')).toEqual({ title: 'title fr', summary: '', locale: 'fr' });
});

test('titles of lessons not in the learner’s language follow their second language', async () => {
  const lesson = { ...catalog.tracks[0]!.lessons[0]!, locales: ['fr', 'en', 'ar'] };
  const asked: Locale[] = [];
  const store = new LessonTextStore(['fr', 'en', 'ar'], async (locale) => {
    asked.push(locale);
    return { [lesson.id]: { title: `title ${locale}`, summary: '' } };
  });
  store.second = 'ar';
  await store.ensure('ti');
  expect(asked.sort()).toEqual(['ar', 'en', 'fr']);
  expect(store.text(lesson, 'ti')).toMatchObject({ title: 'title ar', locale: 'ar' });
});

test('track names and descriptions travel with the texts of each language, and show once their language is loaded', async () => {
  const { catalog: served, texts } = splitCatalog(structuredClone(catalog));
  const [track] = catalog.tracks;
  expect(JSON.stringify(served)).not.toContain(track!.description.fr!);
  expect(texts.fr?.[track!.id]).toEqual({ title: track!.title.fr, summary: track!.description.fr });
  expect(served.tracks[0]!.locales).toEqual(Object.keys(track!.title));

  const store = new LessonTextStore(['fr', 'en'], async (locale) => texts[locale] ?? {});
  const app = withTrackTexts(served, store);
  expect(app.tracks[0]!.title).toEqual({});
  await store.ensure('en');
  expect(app.tracks[0]!.title).toEqual({ fr: track!.title.fr, en: track!.title.en });
  expect(app.tracks[0]!.description.en).toBe(track!.description.en);
  expect(app.tracks[0]!.lessons).toEqual(served.tracks[0]!.lessons);
});
