import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./palette.css', import.meta.url), 'utf8');

/** The custom properties of one theme block, the light `:root` values filling in what a theme leaves out. */
function theme(selector: string): Map<string, string> {
  const block = (name: string) => {
    const start = css.indexOf(`${name} {`);
    if (start < 0) throw new Error(`palette.css has no ${name} block`);
    const body = css.slice(start, css.indexOf('}', start));
    return [...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, value]) => [name!, value!] as const);
  };
  return new Map([...block(':root'), ...(selector === ':root' ? [] : block(selector))]);
}

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// Every colour used for text, and the grounds it is drawn on.
const TEXT = ['--code-fg', '--code-muted', '--code-error', ...[...css.matchAll(/^\s*(--tok-[\w-]+):/gm)].map((m) => m[1]!)];
const GROUNDS = ['--code-bg', '--code-active-line'];

describe('palette.css', () => {
  for (const [selector, minimum] of [
    [':root', 4.5],
    [":root[data-theme='dark']", 4.5],
    [":root[data-theme='contrast']", 7],
  ] as const) {
    it(`keeps every code colour readable in ${selector} (≥ ${minimum}:1)`, () => {
      const colours = theme(selector);
      const failures = TEXT.flatMap((text) =>
        GROUNDS.map((ground) => ({ text, ground, ratio: contrast(colours.get(text)!, colours.get(ground)!) })),
      ).filter(({ ratio }) => ratio < minimum);
      expect(failures).toEqual([]);
    });

    it(`shows selected text and the error ground legibly in ${selector}`, () => {
      const colours = theme(selector);
      expect(contrast(colours.get('--code-fg')!, colours.get('--code-selection')!)).toBeGreaterThanOrEqual(minimum);
      expect(contrast(colours.get('--code-fg')!, colours.get('--code-match')!)).toBeGreaterThanOrEqual(minimum);
      expect(contrast(colours.get('--code-fg')!, colours.get('--code-error-bg')!)).toBeGreaterThanOrEqual(minimum);
      // Focus ring and borders are graphics: WCAG 1.4.11 asks 3:1.
      expect(contrast(colours.get('--code-focus')!, colours.get('--code-bg')!)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.get('--code-border')!, colours.get('--code-bg')!)).toBeGreaterThanOrEqual(3);
    });
  }
});
