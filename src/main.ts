import { mount } from 'svelte';
import { catalog, lessonLoaders } from 'virtual:sirius/catalog';
import App from './App.svelte';
import { initI18n } from './i18n/i18n.ts';
import { suggestLanguage } from './i18n/languages.ts';
import { Translator } from './i18n/translator.svelte.ts';
import { SETTINGS_KEY, readLocale } from './i18n/saved-locale.ts';
import { recoverFromStaleChunks } from './offline/stale-chunks.ts';
import './app.css';

/** Storage may be blocked (private mode, strict settings): the app still starts. */
function safeRead(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

recoverFromStaleChunks();

const saved = readLocale(safeRead(SETTINGS_KEY));
const translator = new Translator(await initI18n(saved ?? suggestLanguage(navigator.languages)));

mount(App, { target: document.getElementById('app')!, props: { translator, catalog, loaders: lessonLoaders } });
