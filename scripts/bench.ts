/**
 * `npm run bench`: runs every bench section, prints one Markdown table and writes bench/results.json.
 * A section is a module under bench/ exporting a function that returns rows; add new ones to SECTIONS.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '../bench/row.ts';
import { runnerBench } from '../bench/runner.ts';

const SECTIONS: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'runner', run: runnerBench },
];

function table(rows: readonly BenchRow[]): string {
  const lines = ['| section | measure | median | p95 | ratio |', '|---|---|---:|---:|---|'];
  for (const row of rows) lines.push(`| ${row.section} | ${row.name} | ${row.median.toFixed(1)} ${row.unit} | ${row.p95.toFixed(1)} ${row.unit} | ${row.ratio ?? ''} |`);
  return lines.join('\n');
}

const rows: BenchRow[] = [];
for (const section of SECTIONS) rows.push(...(await section.run()));
console.log(table(rows));
const output = fileURLToPath(new URL('../bench/results.json', import.meta.url));
writeFileSync(output, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
console.log(`\nwritten to ${output}`);
