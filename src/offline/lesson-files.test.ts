import { describe, expect, test } from 'vitest';
import type { LessonEntry } from '../lessons/types.ts';
import { LESSON_FILE, learnerLessonFiles, lessonFileLocale, localesOf, outdated, precached } from './lesson-files.ts';

const lesson = (id: string, locales: string[]): LessonEntry => ({
  id,
  track: id.split('/')[0]!,
  order: 1,
  locales,
  duration: 10,
  level: 'beginner',
  prerequisites: [],
  exercises: [],
});

describe('precached', () => {
  test('lessons in French ship with the app, lessons in other languages do not', () => {
    expect(precached('lessons/back-end/values-and-functions/fr.json')).toBe(true);
    expect(precached('lessons/back-end/values-and-functions/ar.json')).toBe(false);
    expect(precached('lessons/front-end/html/prs.json')).toBe(false);
  });

  test('texts and glossaries of every language, and the app itself, ship with the app', () => {
    for (const path of ['lessons/texts/ar.json', 'lessons/glossary/ti.json', 'index.html', 'assets/app-x1.js', 'manifest.webmanifest', 'assets/ar.json']) {
      expect(precached(path), path).toBe(true);
    }
  });
});

describe('lessonFileLocale', () => {
  test('reads the language of a lesson file, as a path or as a versioned URL', () => {
    expect(lessonFileLocale('lessons/back-end/arrays/uk.json')).toBe('uk');
    expect(lessonFileLocale('https://school.example/sirius/lessons/back-end/arrays/ar.json?v=abc')).toBe('ar');
    expect(lessonFileLocale('lessons/texts/ar.json?v=abc')).toBeUndefined();
    expect(lessonFileLocale('lessons/back-end/arrays/ar.json.map')).toBeUndefined();
  });

  test('the service worker route matches lesson files only', () => {
    expect(LESSON_FILE.test('http://localhost:4173/lessons/web-design/colors/es.json?v=1')).toBe(true);
    expect(LESSON_FILE.test('http://localhost:4173/lessons/glossary/es.json?v=1')).toBe(false);
    expect(LESSON_FILE.test('http://localhost:4173/assets/lessons-page.js')).toBe(false);
  });
});

describe('learnerLessonFiles', () => {
  const lessons = [
    lesson('back-end/arrays', ['fr', 'ar', 'en']),
    lesson('back-end/modules', ['fr', 'en']),
    lesson('front-end/html', ['fr']),
    lesson('front-end/css', ['fr', 'prs']),
  ];

  test('each lesson in the language its page opens in for the learner, French left to the app', () => {
    expect(learnerLessonFiles(lessons, 'ar', 'en')).toEqual([
      { path: 'lessons/back-end/arrays/ar.json', locale: 'ar' },
      { path: 'lessons/back-end/modules/en.json', locale: 'en' },
    ]);
  });

  test('a lesson not in the learner language nor in the second one opens in French: nothing to download', () => {
    expect(learnerLessonFiles(lessons, 'ti', 'fr')).toEqual([]);
  });

  test('a French learner needs nothing beyond the app', () => {
    expect(learnerLessonFiles(lessons, 'fr', 'fr')).toEqual([]);
  });

  test('a Pashto reader gets Dari lessons, the nearest language they read', () => {
    expect(learnerLessonFiles(lessons, 'ps', 'fr')).toEqual([{ path: 'lessons/front-end/css/prs.json', locale: 'prs' }]);
  });

  test('their languages, each once, in order of first need', () => {
    expect(localesOf(learnerLessonFiles(lessons, 'ar', 'en'))).toEqual(['ar', 'en']);
  });
});

describe('outdated', () => {
  test('a file cached for another content version goes, the current version stays', () => {
    expect(outdated('https://a.example/lessons/back-end/arrays/ar.json?v=new', 'new')).toBe(false);
    expect(outdated('https://a.example/lessons/back-end/arrays/ar.json?v=old', 'new')).toBe(true);
    expect(outdated('https://a.example/lessons/back-end/arrays/ar.json', 'new')).toBe(true);
  });
});
