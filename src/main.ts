import { mount } from 'svelte';
import { catalog as served, dataVersion } from 'virtual:sirius/catalog';
import App from './App.svelte';
import { initI18n } from './i18n/i18n.ts';
import { suggestLanguage } from './i18n/languages.ts';
import { Translator } from './i18n/translator.svelte.ts';
import { fetchLessonData, LESSONS_CHANGED } from './lessons/data.ts';
import { LessonTextStore, withTrackTexts } from './lessons/texts.svelte.ts';
import { recoverFromStaleChunks } from './offline/stale-chunks.ts';
import { movesOf } from './progress/exercise-moves.ts';
import { LearnerSession } from './progress/session.svelte.ts';
import './app.css';

recoverFromStaleChunks();
// In dev, the server says when lesson bodies changed; the open lesson page fetches its lesson again.
import.meta.hot?.on(LESSONS_CHANGED, () => window.dispatchEvent(new Event(LESSONS_CHANGED)));

const data = fetchLessonData(dataVersion);
const textLocales = [...new Set(served.tracks.flatMap((track) => [...track.locales, ...track.lessons.flatMap((lesson) => lesson.locales)]))];
const texts = new LessonTextStore(textLocales, data.texts);
const catalog = withTrackTexts(served, texts);
const target = document.getElementById('app')!;

// Not a top-level await: a lazy chunk loaded during start (the memory store when storage fails) imports this
// entry chunk, and would wait forever for a module still waiting for it.
async function start() {
  // The browser's language is only a suggestion: shared and second-hand devices are often set to another one.
  const i18n = await initI18n(suggestLanguage(navigator.languages));
  const session = await LearnerSession.start({ suggestedLocale: i18n.language, defaultName: i18n.t('defaultLearnerName'), moves: movesOf(served.tracks.flatMap((track) => track.lessons)) });
  const translator = new Translator(i18n);
  await translator.setLocale(session.locale);
  mount(App, { target, props: { translator, session, catalog, data, texts } });
}

start().catch((error: unknown) => {
  console.error(error);
  // Before (or without) translations: the same words as the page's <noscript>, never a blank page.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = "Sirius Learn n'a pas pu démarrer. Recharge la page. · Sirius Learn could not start. Reload the page.";
  target.replaceChildren(message);
});
