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
const DATA_IMAGE = /data:image\/[\w.+-]+(?:;[\w=.+-]+)*,[^"')\s]*/g;

/** The weight of a page made of these files; eco-design lessons show it and test it. */
export function pageWeight(files: readonly Pick<ExerciseFile, 'language' | 'content'>[]): PageWeight {
  const weight: PageWeight = { total: 0, html: 0, css: 0, js: 0, images: 0 };
  for (const file of files) {
    const bytes = encoder.encode(file.content).length;
    const images = [...file.content.matchAll(DATA_IMAGE)].reduce((sum, match) => sum + encoder.encode(match[0]).length, 0);
    weight.images += images;
    if (file.language === 'html' || file.language === 'css' || file.language === 'js') weight[file.language] += bytes - images;
    weight.total += bytes;
  }
  return weight;
}
