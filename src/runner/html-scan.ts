/**
 * A small HTML tokenizer that finds what the web document builder needs to rewrite — the doctype,
 * `<link>` tags and `<script>`/`<style>` elements with their raw content — while skipping comments
 * and the raw text of other elements the way a browser does. Positions are string offsets.
 */

export interface HtmlTag {
  name: string;
  attributes: Record<string, string>;
  /** Offsets of the start tag. */
  start: number;
  end: number;
  /** For raw-text elements (script, style…): where their content ends and where the element ends. */
  content?: { start: number; end: number; elementEnd: number };
}

export interface HtmlScan {
  /** Offset just after `<!DOCTYPE …>`, or 0 when there is none. */
  afterDoctype: number;
  tags: HtmlTag[];
}

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

export function scanHtml(html: string): HtmlScan {
  const tags: HtmlTag[] = [];
  let afterDoctype = 0;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[open + 1] === '!' || html[open + 1] === '?') {
      const close = html.indexOf('>', open);
      index = close < 0 ? html.length : close + 1;
      if (/^<!doctype/i.test(html.slice(open, open + 9)) && tags.length === 0) afterDoctype = index;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(open, open + 100));
    if (!nameMatch) {
      index = open + 1;
      continue;
    }
    const name = (nameMatch[1] ?? '').toLowerCase();
    const { attributes, end } = readAttributes(html, open + nameMatch[0].length);
    const tag: HtmlTag = { name, attributes, start: open, end };
    index = end;
    if (RAW_TEXT.has(name)) {
      const closeAt = findEndTag(html, name, end);
      const elementEnd = closeAt < 0 ? html.length : html.indexOf('>', closeAt) + 1 || html.length;
      tag.content = { start: end, end: closeAt < 0 ? html.length : closeAt, elementEnd };
      index = elementEnd;
    }
    tags.push(tag);
  }
  return { afterDoctype, tags };
}

function readAttributes(html: string, from: number): { attributes: Record<string, string>; end: number } {
  const attributes: Record<string, string> = {};
  let index = from;
  while (index < html.length) {
    while (/[\s/]/.test(html[index] ?? '')) index++;
    if (index >= html.length || html[index] === '>') break;
    ATTRIBUTE.lastIndex = index;
    const match = ATTRIBUTE.exec(html);
    if (!match) {
      index++;
      continue;
    }
    const key = (match[1] ?? '').toLowerCase();
    if (!(key in attributes)) attributes[key] = match[2] ?? match[3] ?? match[4] ?? '';
    index = ATTRIBUTE.lastIndex;
  }
  return { attributes, end: Math.min(index + 1, html.length) };
}

/** Offset of `</name` (any case) followed by a delimiter, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}[\\s/>]`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? -1;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
