/**
 * `npm run bench`: runs every bench section, prints one Markdown table and writes bench/results.json.
 * A section is a module under bench/ exporting a function that returns rows; add new ones to SECTIONS.
 * `npm run bench -- editor` runs only the sections whose name contains one of the words given.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '../bench/row.ts';
import { appBench } from '../bench/app.ts';
import { editorBench } from '../bench/editor.ts';
import { runnerBench } from '../bench/runner.ts';
import { scaleBench } from '../bench/scale.ts';
import { sqlBench } from '../bench/sql.ts';

const SECTIONS: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'bytes, load and memory', run: appBench },
  { name: 'runner', run: runnerBench },
  { name: 'sql', run: sqlBench },
  { name: 'scale', run: scaleBench },
  { name: 'editor', run: editorBench },
];
const only = process.argv.slice(2);

function table(rows: readonly BenchRow[]): string {
  const lines = ['| section | measure | median | p95 | ratio | target |', '|---|---|---:|---:|---|---|'];
  const value = (number: number | undefined, unit: string) => (number === undefined ? '' : `${number.toFixed(1)} ${unit}`);
  for (const row of rows) {
    lines.push(`| ${row.section} | ${row.name} | ${value(row.median, row.unit)} | ${value(row.p95, row.unit)} | ${row.ratio ?? ''} | ${row.target ?? ''} |`);
  }
  return lines.join('\n');
}

const started = performance.now();
const rows: BenchRow[] = [];
for (const section of SECTIONS.filter(({ name }) => only.length === 0 || only.some((word) => name.includes(word)))) {
  const sectionStart = performance.now();
  rows.push(...(await section.run()));
  console.error(`bench: ${section.name} done in ${((performance.now() - sectionStart) / 1000).toFixed(0)} s`);
}
console.error(`bench: all sections in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(table(rows));
// A partial run (some sections only) prints its rows but leaves the full report in place.
if (only.length === 0) {
  const output = fileURLToPath(new URL('../bench/results.json', import.meta.url));
  writeFileSync(output, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`\nwritten to ${output}`);
}
