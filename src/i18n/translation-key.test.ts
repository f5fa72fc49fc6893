import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LEVEL_LABEL } from './labels.ts';
import type { TranslationKey } from './translation-key.ts';

// The type check is the test: each line below would stop `svelte-check` if keys were not typed.
const home: TranslationKey = 'nav.home';
const plural: TranslationKey = 'home.exercisesDone';
// @ts-expect-error a key the French files lack
const missing: TranslationKey = 'pages:nowhere';
// @ts-expect-error a namespace that does not exist
const namespace: TranslationKey = 'nowhere:title';
// @ts-expect-error a plural form is not a key of its own for the code
const form: TranslationKey = 'home.exercisesDone_one';

test('keys are typed from the French files: the app namespace bare, the others with their name', () => {
  expect([home, plural, missing, namespace, form]).toHaveLength(5);
  expect(LEVEL_LABEL.beginner).toBe('level.beginner');
});

test('the typed resources name every namespace file of the source language', () => {
  const declared = readFileSync(join(import.meta.dirname, 'i18next.d.ts'), 'utf8');
  for (const file of readdirSync(join(import.meta.dirname, 'locales', 'fr'))) {
    const namespace = file.replace(/\.json$/, '');
    expect(declared).toContain(`import type ${namespace} from './locales/fr/${file}';`);
    expect(declared).toContain(`${namespace}: typeof ${namespace};`);
  }
});
