/**
 * Translation keys typed from the source language's files: a call with a key French lacks fails the type
 * check, before any learner meets a raw key. Other languages must have the same keys (keys.test.ts).
 */
import 'i18next';
import type app from './locales/fr/app.json';
import type classroom from './locales/fr/classroom.json';
import type editor from './locales/fr/editor.json';
import type languages from './locales/fr/languages.json';
import type pages from './locales/fr/pages.json';
import type portfolio from './locales/fr/portfolio.json';
import type progress from './locales/fr/progress.json';
import type runner from './locales/fr/runner.json';
import type share from './locales/fr/share.json';
import type workspace from './locales/fr/workspace.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: typeof app;
      classroom: typeof classroom;
      editor: typeof editor;
      languages: typeof languages;
      pages: typeof pages;
      portfolio: typeof portfolio;
      progress: typeof progress;
      runner: typeof runner;
      share: typeof share;
      workspace: typeof workspace;
    };
  }
}
