/** One line of the bench report; each section (runner, bytes, load, scale, SQL) returns a list of them. */
export interface BenchRow {
  section: string;
  name: string;
  /** The median of the samples, or the single measured value. */
  median: number;
  /** Absent for a single measurement (bytes, a build time). */
  p95?: number;
  unit: string;
  /** How this row compares with its baseline, e.g. "1.4× bare iframe". */
  ratio?: string;
  /** The goal this figure is held to, e.g. "≤ 60 KB", with whether it is met. */
  target?: string;
}

/** Median and 95th percentile of samples. */
export function summarize(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** "≤ 60 KB ✓" or "≤ 60 KB ✗ (missed)". */
export const goal = (value: number, limit: number, text: string) => `${text} ${value <= limit ? '✓' : '✗ missed'}`;
