import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { GLOSSARY_FOLDER, parseGlossary } from './glossary.ts';
import { localized } from './library.ts';
import { parseTrack } from './track.ts';

// The real lessons folder: a learner in any UI language finds the track names and the glossary in that language.
const root = join(import.meta.dirname, '../../lessons');
const codes = LANGUAGES.map((language) => language.code);
const trackFolders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== GLOSSARY_FOLDER)
  .map((entry) => entry.name);

const glossaryIds = (code: string) => {
  const file = `${GLOSSARY_FOLDER}/${code}.yaml`;
  const { glossary, issues } = parseGlossary(readFileSync(join(root, file), 'utf8'), file);
  expect(issues).toEqual([]);
  return Object.keys(glossary);
};

describe('every UI language', () => {
  test.each(trackFolders)('track %s has a title and a description in each of them', (folder) => {
    const file = `${folder}/track.yaml`;
    const { track, issues } = parseTrack(readFileSync(join(root, file), 'utf8'), file, folder);
    expect(issues).toEqual([]);
    for (const field of ['title', 'description'] as const) {
      expect(Object.keys(track?.[field] ?? {}).sort(), `${file}: ${field}`).toEqual([...codes].sort());
      // Each language shows its own text, not the French fallback.
      for (const code of codes) {
        const text = localized(track?.[field] ?? {}, code);
        expect(text, `${file}: ${field}.${code}`).toBe(track?.[field][code]);
        if (code !== SOURCE_LANGUAGE && code !== 'en' && field === 'description') expect(text).not.toBe(track?.[field].fr);
      }
    }
  });

  test.each(codes)('glossary %s.yaml has exactly the terms of fr.yaml, in the same order', (code) => {
    expect(existsSync(join(root, GLOSSARY_FOLDER, `${code}.yaml`)), `${GLOSSARY_FOLDER}/${code}.yaml is missing`).toBe(true);
    expect(glossaryIds(code)).toEqual(glossaryIds(SOURCE_LANGUAGE));
  });
});

/** The lesson folders of a track, in order. */
const lessonFolders = (track: string) =>
  readdirSync(join(root, track))
    .filter((name) => /^\d+-/.test(name))
    .sort();

describe('lessons in the learners’ languages', () => {
  test.each(trackFolders)('every lesson of %s is in Arabic', (track) => {
    const missing = lessonFolders(track).filter((folder) => !existsSync(join(root, track, folder, 'ar.md')));
    expect(missing, `${track}: lessons without ar.md`).toEqual([]);
  });

  // The first three lessons of every track, in each language that has no full curriculum yet.
  const firstLessons = ['nl', 'prs', 'ps', 'uk', 'ti', 'es', 'tr'];
  test.each(trackFolders)('the first three lessons of %s are in Dutch, Dari, Pashto, Ukrainian, Tigrinya, Spanish and Turkish', (track) => {
    const missing = lessonFolders(track)
      .slice(0, 3)
      .flatMap((folder) => firstLessons.filter((code) => !existsSync(join(root, track, folder, `${code}.md`))).map((code) => `${folder}/${code}.md`));
    expect(missing, `${track}: missing translations`).toEqual([]);
  });
});
