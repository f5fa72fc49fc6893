import { describe, expect, test } from 'vitest';
import { longSentences } from './plain-language.ts';

const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(' ');

describe('longSentences', () => {
  test('a sentence wrapped over several lines is counted whole, at the line it starts on', () => {
    const text = ['---', 'title: Titre', '---', '', 'Intro courte.', `${words(12)}`, `${words(12)}.`, 'Fin.'].join('\n');
    expect(longSentences(text, 20)).toEqual([{ line: 5, words: 24, start: 'mot0 mot1 mot2 mot3 mot4 mot5' }]);
  });

  test('sentences are split at . ! ? and … ; short ones pass', () => {
    expect(longSentences(`${words(15)}. ${words(15)} ! ${words(15)} ? ${words(15)}…`, 20)).toEqual([]);
  });

  test('code, links and markup count as the words a reader sees', () => {
    const text = `Écris \`const total = price * quantity + shipping;\` et [la leçon sur les fonctions](../02-a/fr.md) **vite**.`;
    // Écris · code · et · la · leçon · sur · les · fonctions · vite
    expect(longSentences(text, 8)).toEqual([{ line: 1, words: 9, start: 'Écris code et la leçon sur' }]);
  });

  test('code blocks are skipped; the summary, hints, quiz answers, list items and table cells are read', () => {
    const text = [
      '---',
      `summary: ${words(30)}`,
      '---',
      '```js solution app.js',
      `// ${words(30)}`,
      '```',
      '```md hint',
      `${words(22)}.`,
      '```',
      `- (x) ${words(21)}`,
      `- item ${words(3)}`,
      '',
      `${words(30)}`,
      `| ${words(21)} | court |`,
      `## ${words(21)} {#question}`,
    ].join('\n');
    expect(longSentences(text, 20).map((sentence) => [sentence.line, sentence.words])).toEqual([
      [2, 30],
      [8, 22],
      [10, 21],
      [13, 30],
      [14, 21],
      [15, 21],
    ]);
  });

  test('a heading or a list item ends the paragraph before it', () => {
    const text = [words(15), `- ${words(15)}`, words(10), '# Titre', words(15)].join('\n');
    expect(longSentences(text, 20)).toEqual([{ line: 2, words: 25, start: 'mot0 mot1 mot2 mot3 mot4 mot5' }]);
  });
});
