import { HTTP_ENTRY } from '../kinds/http.ts';
import type { ExerciseFile } from '../lessons/types.ts';

/** What a web exercise's page weighs, in bytes as a browser would download them (UTF-8). */
export interface PageWeight {
  total: number;
  html: number;
  css: number;
  js: number;
  /** Images embedded in the files as `data:` URLs (exercise files are text: images travel inside them). */
  images: number;
}

const encoder = new TextEncoder();
const DATA_IMAGE = /data:image\//g;
const CLOSERS: Record<string, string> = { '"': '"', "'": "'", '(': ')' };

/** Bytes of the `data:image/…` URLs in `content`, each up to the quote or parenthesis that opened it. */
function imageBytes(content: string): number {
  let bytes = 0;
  for (const match of content.matchAll(DATA_IMAGE)) {
    const start = match.index;
    const closer = CLOSERS[content[start - 1] ?? ''];
    // An SVG written as text holds spaces and the other quote: only its own delimiter ends it.
    const end = closer ? content.indexOf(closer, start) : content.slice(start).search(/[\s>]/) + start;
    bytes += encoder.encode(content.slice(start, end < start ? content.length : end)).length;
  }
  return bytes;
}

/**
 * The weight of a page made of these files; eco-design lessons show it and test it. A web exercise's
 * server.js is the page's server, never downloaded by the browser: it does not count.
 */
export function pageWeight(files: readonly (Pick<ExerciseFile, 'language' | 'content'> & { name?: string })[]): PageWeight {
  const weight: PageWeight = { total: 0, html: 0, css: 0, js: 0, images: 0 };
  for (const file of files) {
    if (file.name === HTTP_ENTRY) continue;
    const bytes = encoder.encode(file.content).length;
    const images = imageBytes(file.content);
    weight.images += images;
    if (file.language === 'html' || file.language === 'css' || file.language === 'js') weight[file.language] += bytes - images;
    weight.total += bytes;
  }
  return weight;
}
