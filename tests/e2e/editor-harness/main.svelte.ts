/**
 * A page with nothing but a lazy editor between two buttons, for tests/e2e/editor.test.ts: the
 * editor's keyboard path, layout and chunking in real Chromium, without the rest of the app.
 * `?theme=dark`, `?dir=rtl` and `?lang=en` set the page up; `window.harness` drives it.
 */
import { mount } from 'svelte';
import LazyEditor from '../../../src/editor/LazyEditor.svelte';
import type { EditorProblem } from '../../../src/editor/problems.ts';
import { initI18n, NAMESPACES } from '../../../src/i18n/i18n.ts';
import { TRANSLATOR_CONTEXT, Translator } from '../../../src/i18n/translator.svelte.ts';
import '../../../src/editor/palette.css';

const params = new URLSearchParams(location.search);
document.documentElement.dataset.theme = params.get('theme') ?? 'light';
document.documentElement.dir = params.get('dir') ?? 'ltr';

const props = $state({
  value: '<!-- تعليق بالعربية -->\n<h1>Bonjour</h1>\n<style>h1 { color: navy; }</style>\n',
  language: 'html' as const,
  label: 'index.html',
  problems: [] as EditorProblem[],
  onrun: () => {
    const runs = document.getElementById('runs')!;
    runs.textContent = String(Number(runs.textContent) + 1);
  },
  onchange: (value: string) => {
    props.value = value;
  },
});

const translator = new Translator(await initI18n(params.get('lang') ?? 'fr', NAMESPACES));
const editor = mount(LazyEditor, {
  target: document.getElementById('editor')!,
  props,
  context: new Map([[TRANSLATOR_CONTEXT, translator]]),
});

declare global {
  interface Window {
    harness: { value(): string; setProblems(problems: EditorProblem[]): void; goToLine(line: number): void };
  }
}
window.harness = {
  value: () => props.value,
  setProblems: (problems) => {
    props.problems = problems;
  },
  goToLine: (line) => editor.goToLine(line),
};
