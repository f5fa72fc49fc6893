// Runs the whole suite (unit, component, the full e2e suite in Chromium, the core journeys in Chromium, Firefox
// and WebKit) and prints the count of each project and each browser engine.
// A missing engine is said loudly and only its tests are skipped; everything else still runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_NAMES, ENGINE_PACKAGES, missingProgram } from './lib/engines.mjs';

const missing = Object.fromEntries(ENGINE_NAMES.map((engine) => [engine, missingProgram(engine)]));
const present = ENGINE_NAMES.filter((engine) => !missing[engine]);
const projects = ['unit', 'component', ...(missing.chromium ? [] : ['e2e']), ...(present.length > 0 ? ['engines'] : [])];
for (const engine of ENGINE_NAMES.filter((name) => missing[name])) {
  const line = '!'.repeat(78);
  const what = engine === 'chromium' ? 'the e2e suite and the Chromium journeys are' : `the ${engine} journeys are`;
  console.warn(`${line}\n!! No ${engine}: ${missing[engine]} is missing, so ${what} SKIPPED.\n!! Install it: apt-get install ${ENGINE_PACKAGES[engine]}\n${line}`);
}

const out = mkdtempSync(join(tmpdir(), 'sirius-test-'));
const report = join(out, 'report.json');
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

/** The project of a test file, and the browser engine it drives (if any). */
function classify(file) {
  const engineFile = /\/tests\/engines\/(\w+)\.test\.ts$/.exec(file);
  if (engineFile) return { project: 'engines', engine: engineFile[1] };
  if (file.includes('/tests/e2e/')) return { project: 'e2e', engine: 'chromium' };
  return { project: file.endsWith('.component.test.ts') ? 'component' : 'unit', engine: undefined };
}

const zero = () => ({ passed: 0, failed: 0, skipped: 0, known: 0 });
const format = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${c.known ? `, ${c.known} KNOWN FAILURE${c.known > 1 ? 'S' : ''}` : ''}`;

if (existsSync(report)) {
  const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
  const byProject = Object.fromEntries(projects.map((p) => [p, zero()]));
  const byEngine = Object.fromEntries(ENGINE_NAMES.map((e) => [e, zero()]));
  const total = zero();
  for (const file of testResults) {
    const { project, engine } = classify(file.name);
    for (const test of file.assertionResults) {
      // A journey marked as a known failure passes while the failure is still there: counted apart, loudly.
      const status = test.status === 'passed' && test.title.includes('KNOWN FAILURE') ? 'known' : test.status === 'passed' || test.status === 'failed' ? test.status : 'skipped';
      for (const bucket of [byProject[project], engine && byEngine[engine], total]) if (bucket) bucket[status]++;
    }
  }
  console.log('\nSuite summary');
  for (const [project, c] of Object.entries(byProject)) console.log(`  ${project.padEnd(10)} ${format(c)}`);
  for (const engine of ENGINE_NAMES) {
    console.log(`  ${engine.padEnd(10)} ${missing[engine] ? `SKIPPED: ${missing[engine]} is missing` : format(byEngine[engine])}`);
  }
  console.log(format(total));
}
rmSync(out, { recursive: true, force: true });
process.exit(run.status ?? 1);
