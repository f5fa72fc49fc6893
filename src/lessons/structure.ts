/**
 * The structure of a lesson body as markdown-it reads it, the same reader that renders it: `:::exercise` lines,
 * closing `:::` lines and fenced code blocks, by line. The lesson parser walks these instead of scanning lines
 * itself, so a block the page shows as code is code to the parser too (`:::` inside it included). Pure, no DOM.
 */
import MarkdownIt, { type StateBlock } from 'markdown-it';

/** How lessons are read, by this parser and by the renderer (compile.ts): raw HTML blocks end where CommonMark says. */
export const MARKDOWN_OPTIONS = { html: true, linkify: true } as const;

/** A fenced code block. Lines are 0-based indices into the body's lines. */
export interface FencedBlock {
  /** The info string after the opening fence, trimmed (`html starter index.html`). */
  info: string;
  /** Line of the opening fence. */
  start: number;
  /** Line after the block: after its closing fence, or the end of the body or of the list item that holds it. */
  end: number;
  /** The code between the fences, without the last line break. */
  content: string;
  closed: boolean;
  /** Inside a list item or a quote, rather than at the top of the body (or of an exercise). */
  nested: boolean;
}

export interface LessonStructure {
  lines: string[];
  /** Fenced blocks by the line they open on. */
  fences: Map<number, FencedBlock>;
  /** `:::exercise…` lines and closing `:::` lines, by line. */
  markers: Map<number, 'open' | 'close'>;
}

/**
 * A block rule for a marker line. Like a fence, it ends the paragraph, list or quote above it; unlike
 * markdown-it-container, it does not look ahead for its closing line, which would find a `:::` inside code.
 * Only a line that starts at its very first column counts: indented under a list item or after `>`, it is text.
 */
function markerRule(type: 'exercise_open' | 'exercise_close', matches: (text: string) => boolean) {
  return (state: StateBlock, line: number, _endLine: number, silent: boolean): boolean => {
    const start = state.bMarks[line]! + state.tShift[line]!;
    if (start > 0 && state.src.charCodeAt(start - 1) !== 0x0a) return false;
    if (!matches(state.src.slice(start, state.eMarks[line]))) return false;
    if (silent) return true;
    const token = state.push(type, '', 0);
    token.map = [line, line + 1];
    state.line = line + 1;
    return true;
  };
}

const INTERRUPTS = { alt: ['paragraph', 'reference', 'blockquote', 'list'] };
const reader = new MarkdownIt(MARKDOWN_OPTIONS);
reader.block.ruler.before('table', 'exercise_open', markerRule('exercise_open', (text) => text.startsWith(':::exercise')), INTERRUPTS);
reader.block.ruler.before('table', 'exercise_close', markerRule('exercise_close', (text) => /^:::\s*$/.test(text)), INTERRUPTS);

/** Reads the structure of a lesson body (the Markdown after the frontmatter). */
export function lessonStructure(body: string): LessonStructure {
  const lines = body.split('\n');
  const tokens: ReturnType<typeof reader.parse> = [];
  // Block level only: the structure needs no inline parsing. The added line break makes markdown-it's lines
  // the same as `lines`, a last empty line included.
  reader.block.parse(`${body}\n`, reader, {}, tokens);
  const fences = new Map<number, FencedBlock>();
  const markers = new Map<number, 'open' | 'close'>();
  for (const token of tokens) {
    const [start, end] = token.map ?? [0, 0];
    if (token.type === 'exercise_open') markers.set(start, 'open');
    else if (token.type === 'exercise_close') markers.set(start, 'close');
    else if (token.type === 'fence') {
      // markdown-it's map covers the closing fence when there is one; the content never does.
      const contentLines = token.content.split('\n').length - 1;
      const closed = end - start - 1 > contentLines;
      fences.set(start, { info: token.info.trim(), start, end, content: token.content.replace(/\n$/, ''), closed, nested: token.level > 0 });
    }
  }
  return { lines, fences, markers };
}
