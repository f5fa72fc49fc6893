import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { lessonHref } from '../routes/route.ts';
import { compileQuiz } from '../kinds/quiz/compile.ts';
import { TERM_SCHEME } from './glossary.ts';
import { escapeHtml, highlight } from './highlight.ts';
import { say } from './messages/index.ts';
import { MARKDOWN_OPTIONS } from './structure.ts';
import type { Exercise, LessonContent, LessonIssue, ParsedExercise, ParsedLesson } from './types.ts';

/** What the compiler needs to know about the lessons tree to resolve links and images. */
export interface CompileContext {
  /** Lesson id for a lesson folder path relative to the lessons root (`front-end/01-web`). */
  lessonAt(folder: string): string | undefined;
  /** Whether a file exists, by path relative to the lessons root. */
  fileExists(path: string): boolean;
  /** Whether the source-language glossary defines a term id. */
  termExists(id: string): boolean;
}

export interface CompiledLesson {
  content: LessonContent;
  /** Files referenced by images and downloads, relative to the lessons root; HTML holds `sirius-asset:N`. */
  assets: string[];
  issues: LessonIssue[];
}

export const ASSET_SCHEME = 'sirius-asset';

const markdown = new MarkdownIt({
  ...MARKDOWN_OPTIONS,
  highlight: (code, language) => {
    const lang = language.split(/\s+/)[0] ?? '';
    return `<pre class="code" dir="ltr" data-lang="${escapeHtml(lang)}"><code>${highlight(code, lang)}</code></pre>`;
  },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'h1'),
    'img',
    'details',
    'summary',
    'kbd',
    'mark',
    'figure',
    'figcaption',
    'dfn',
  ],
  allowedAttributes: {
    a: ['href', 'target', 'rel', 'hreflang'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    pre: ['class', 'dir', 'data-lang'],
    code: ['class'],
    span: ['class'],
    dfn: ['class', 'data-term'],
    td: ['align', 'style'],
    th: ['align', 'style', 'scope'],
    '*': ['lang', 'dir'],
  },
  allowedStyles: { td: { 'text-align': [/^(left|right|center)$/] }, th: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto', ASSET_SCHEME],
  allowedSchemesByTag: { img: [ASSET_SCHEME] },
  allowProtocolRelative: false,
};

/** Joins a relative link to a folder, `..` included; undefined when it leaves the lessons root. */
function joinPath(folder: string, relative: string): string | undefined {
  const parts = folder.split('/').filter(Boolean);
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

const EXTERNAL = /^(https?:|mailto:)/i;

/**
 * Renders trainer Markdown to sanitized HTML: code highlighted, lesson links turned into app routes,
 * images and downloads into asset references. Every problem is reported with its file line.
 */
function renderMarkdown(
  source: string,
  firstLine: number,
  lesson: ParsedLesson,
  context: CompileContext,
  assets: string[],
  issues: LessonIssue[],
): string {
  const folder = lesson.file.split('/').slice(-3, -1).join('/');
  const tokens = markdown.parse(source, {});
  const report = (token: Token, message: string) =>
    issues.push({ file: lesson.file, line: firstLine + (token.map?.[0] ?? 0), column: 1, message });
  const asset = (path: string) => {
    const index = assets.indexOf(path);
    return `${ASSET_SCHEME}:${index >= 0 ? index : assets.push(path) - 1}`;
  };

  for (const token of tokens) {
    if (token.type === 'heading_open' && token.tag === 'h1') {
      report(token, say('compile.h1'));
    }
    for (const child of token.children ?? []) {
      // Code reads left to right even in an Arabic sentence; `dir` also isolates it, so its dots stay inside.
      if (child.type === 'code_inline') child.attrSet('dir', 'ltr');
      if (child.type === 'image') {
        const src = String(child.attrGet('src') ?? '');
        const path = EXTERNAL.test(src) ? undefined : joinPath(folder, src);
        if (!path || !context.fileExists(path)) {
          report(token, say('compile.imageMissing', { src }));
        } else child.attrSet('src', asset(path));
        if (!child.content.trim()) report(token, say('compile.imageAlt', { src }));
        child.attrSet('loading', 'lazy');
      }
      if (child.type === 'link_open' && String(child.attrGet('href')).startsWith(TERM_SCHEME)) {
        const id = String(child.attrGet('href')).slice(TERM_SCHEME.length);
        if (!context.termExists(id)) report(token, say('compile.term', { id }));
        markTerm(token.children ?? [], child, id);
        continue;
      }
      if (child.type === 'link_open') {
        const target = String(child.attrGet('href') ?? '');
        if (EXTERNAL.test(target)) {
          child.attrSet('target', '_blank');
          child.attrSet('rel', 'noopener noreferrer');
          continue;
        }
        const path = joinPath(folder, target.split('#')[0] ?? '');
        const lessonFolder = path?.replace(/\/[a-z-]+\.md$/i, '');
        const lessonId = lessonFolder === undefined ? undefined : context.lessonAt(lessonFolder);
        if (lessonId) child.attrSet('href', lessonHref(lessonId));
        else if (path && context.fileExists(path)) child.attrSet('href', asset(path));
        else report(token, say('compile.link', { target }));
      }
    }
  }
  const html = markdown.renderer.render(tokens, markdown.options, {});
  return sanitizeHtml(html, SANITIZE);
}

/** Turns a `glossary:` link and its closing token into `<dfn class="term" data-term="…">`. */
function markTerm(children: Token[], open: Token, id: string) {
  const close = children.slice(children.indexOf(open)).find((token) => token.type === 'link_close');
  open.tag = 'dfn';
  open.attrs = [['class', 'term'], ['data-term', id]];
  if (close) close.tag = 'dfn';
}

function compileExercise(
  exercise: ParsedExercise,
  lesson: ParsedLesson,
  context: CompileContext,
  assets: string[],
  issues: LessonIssue[],
): Exercise {
  // Variants prove the tests in lessons:check; learners never download them. Moves travel in the catalog.
  const { instructions, hints, variants: _variants, quiz, movedFrom: _movedFrom, ...rest } = exercise;
  const render = (markdown: string, line: number) => renderMarkdown(markdown, line, lesson, context, assets, issues);
  return {
    ...rest,
    instructionsHtml: render(instructions, exercise.line + 1),
    hintsHtml: hints.map((hint) => render(hint.markdown, hint.line)),
    ...(quiz ? { quiz: compileQuiz(quiz, (text, inline) => {
      const html = render(text.markdown, text.line);
      return inline ? unwrapParagraph(html) : html;
    }) } : {}),
  };
}

/** A one-paragraph rendering without its `<p>`, for texts shown inside a label or a legend. */
const unwrapParagraph = (html: string) => /^<p>((?:(?!<p>)[\s\S])*)<\/p>\s*$/.exec(html)?.[1] ?? html;

/** Compiles a parsed lesson into what the app shows. */
export function compileLesson(lesson: ParsedLesson, context: CompileContext): CompiledLesson {
  const assets: string[] = [];
  const issues: LessonIssue[] = [];
  const blocks = lesson.blocks.map((block) =>
    block.type === 'prose'
      ? { type: 'html' as const, html: renderMarkdown(block.markdown, block.line, lesson, context, assets, issues) }
      : { type: 'exercise' as const, exercise: compileExercise(block.exercise, lesson, context, assets, issues) },
  );
  return { content: { id: lesson.id, locale: lesson.locale, meta: lesson.meta, blocks }, assets, issues };
}
