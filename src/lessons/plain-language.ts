/**
 * Finds the sentences of a lesson a newcomer would struggle with: the guide asks for sentences of about 20 words
 * at most. Reads what learners read — prose, instructions, hints (```md blocks), quiz questions and answers, table
 * cells, the header's title, summary and objectives — and skips code and markup. Pure: the file's text in, sentences with their line out.
 */

/** The guide asks for "about 20 words"; past this many, a sentence is surely too long for an A2–B1 reader. */
export const LONG_SENTENCE_WORDS = 25;

export interface LongSentence {
  line: number;
  words: number;
  /** The sentence's beginning, to find it in the file. */
  start: string;
}

/** A piece of running text and the 1-based line it starts on. */
interface Passage {
  line: number;
  text: string;
}

// A list item, quote, heading or quiz answer starts a passage of its own.
const BLOCK_START = /^(#{1,6}\s|>\s?|[-*+]\s+(\[[ xX]\]\s*|\([ xX]\)\s*|=\s*)?|\d+\.\s+)/;

/** Running text of the file, one passage per paragraph, list item, heading or table cell. */
function passages(text: string): Passage[] {
  const lines = text.split('\n');
  const found: Passage[] = [];
  let current: Passage | undefined;
  const end = () => {
    if (current) found.push(current);
    current = undefined;
  };
  let first = 0;
  if (lines[0]?.trim() === '---') {
    first = lines.indexOf('---', 1) + 1;
    // The header's texts a learner reads on the track page: the title, the summary and each objective.
    for (let index = 1; index < first - 1; index++) {
      const text = /^(?:title|summary):\s*(.+)$|^\s+-\s+(.+)$/.exec(lines[index]!);
      if (text) found.push({ line: index + 1, text: (text[1] ?? text[2]!).replace(/^"(.*)"$/, '$1') });
    }
  }
  let fence: string | undefined;
  let fenceIsProse = false;
  for (let index = first; index < lines.length; index++) {
    const line = lines[index]!.trim();
    const opening = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (line.startsWith(fence) && line.replace(/[`~]/g, '') === '') {
        end();
        fence = undefined;
        continue;
      }
      if (!fenceIsProse) continue;
    } else if (opening) {
      end();
      fence = opening[1];
      fenceIsProse = /^md\b/.test(opening[2]!.trim());
      continue;
    }
    if (line === '' || line.startsWith(':::') || line.startsWith('<')) {
      end();
      continue;
    }
    if (line.startsWith('|')) {
      end();
      for (const cell of line.replace(/^\||\|$/g, '').split('|')) found.push({ line: index + 1, text: cell });
      continue;
    }
    const start = BLOCK_START.exec(line);
    if (start || !current) {
      end();
      current = { line: index + 1, text: line.slice(start?.[0].length ?? 0) };
      if (line.startsWith('#')) end();
      continue;
    }
    current.text += ` ${line}`;
  }
  end();
  return found;
}

/** Markup out, words kept: code counts as one word, a link as its text. */
const plain = (markdown: string) =>
  markdown
    .replace(/``(.+?)``|`[^`]*`/g, 'code')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{#[^}]*\}/g, '')
    .replace(/[*_~]{1,3}/g, '');

const wordCount = (sentence: string) => sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** Every sentence of the file longer than `max` words. */
export function longSentences(text: string, max = LONG_SENTENCE_WORDS): LongSentence[] {
  return passages(text).flatMap((passage) =>
    plain(passage.text)
      .split(/(?<=[.!?…])\s+/)
      .map((sentence) => ({ line: passage.line, words: wordCount(sentence), start: sentence.split(/\s+/).slice(0, 6).join(' ') }))
      .filter((sentence) => sentence.words > max),
  );
}
