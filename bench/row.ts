/** One line of the bench report; each section (runner, and later bytes, load, SQL) returns a list of them. */
export interface BenchRow {
  section: string;
  name: string;
  median: number;
  p95: number;
  unit: string;
  /** How this row compares with its baseline, e.g. "1.4× bare iframe". */
  ratio?: string;
}

/** Median and 95th percentile of samples. */
export function summarize(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}
