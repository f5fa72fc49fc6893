import { describe, expect, test } from 'vitest';
import { diskBundles } from '../../tests/setup/bundles.ts';
import { initI18n } from './i18n.ts';
import { pseudoBundle, pseudoText } from './pseudo.ts';

describe('pseudo-language', () => {
  test('accents every letter, adds about 40 % and brackets the text', () => {
    const text = pseudoText('Lance les tests');
    expect(text.startsWith('[Ĺáñçé ĺéš ţéšţš')).toBe(true);
    expect(text.endsWith(']')).toBe(true);
    expect(text.length).toBeGreaterThanOrEqual(Math.round('Lance les tests'.length * 1.4) + 2);
  });

  test('keeps placeholders, tags and CodeMirror’s $ as the code fills them in', () => {
    expect(pseudoText('{{count}} sur {{total}}')).toMatch(/^\[\{\{count\}\} šúŕ \{\{total\}\}/);
    expect(pseudoText('<strong>Bien</strong> joué')).toMatch(/^\[<strong>Ɓíéñ<\/strong> ĵóúé ~/);
    expect(pseudoText('remplacé $ fois')).toContain('$');
  });

  test('the right-to-left variant draws each run of text right to left, placeholders outside', () => {
    expect(pseudoText('Bonjour {{name}}', true)).toMatch(/^\[\u202EƁóñĵóúŕ \u202C\{\{name\}\} ~/);
  });

  test('a whole bundle keeps its keys; i18next fills the pseudo texts in', async () => {
    const bundle = pseudoBundle({ a: 'Oui', nested: { b_one: '{{count}} fois', b_other: '{{count}} fois' } });
    expect(bundle).toMatchObject({ a: expect.stringMatching(/^\[Óúí/), nested: { b_one: expect.stringMatching(/^\[\{\{count\}\} ƒóíš ~/) } });
    const i18n = await initI18n('en-XA', ['pages'], diskBundles);
    expect(i18n.language).toBe('en-XA');
    expect(i18n.t('pages:settings.title')).toMatch(/^\[.+\]$/);
    expect(i18n.t('home.exercisesDone', { count: 2, total: 44 })).toMatch(/^\[2 .* 44.*\]$/);
  });
});
