// Runs the whole suite (unit, component and real-browser tests) and prints the count of each.
// Without a Chromium the browser tests are skipped, loudly; everything else still runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
const projects = hasChromium ? ['unit', 'component', 'e2e'] : ['unit', 'component'];
if (!hasChromium) {
  const line = '!'.repeat(78);
  console.warn(`${line}\n!! No Chromium at ${chromium}: the browser (e2e) tests are SKIPPED.\n!! Install it (apt-get install chromium) or set CHROMIUM_PATH.\n${line}`);
}

const out = mkdtempSync(join(tmpdir(), 'sirius-test-'));
const report = join(out, 'report.json');
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

if (existsSync(report)) {
  const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
  const counts = Object.fromEntries(projects.map((p) => [p, { passed: 0, failed: 0, skipped: 0 }]));
  for (const file of testResults) {
    const project = file.name.includes('/tests/e2e/') ? 'e2e' : file.name.endsWith('.component.test.ts') ? 'component' : 'unit';
    for (const test of file.assertionResults) {
      const bucket = counts[project];
      if (!bucket) continue;
      if (test.status === 'passed') bucket.passed++;
      else if (test.status === 'failed') bucket.failed++;
      else bucket.skipped++;
    }
  }
  console.log('\nSuite summary');
  for (const [project, c] of Object.entries(counts)) {
    console.log(`  ${project.padEnd(10)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  }
  if (!hasChromium) console.log('  e2e        SKIPPED: no Chromium');
  const total = Object.values(counts).reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
rmSync(out, { recursive: true, force: true });
process.exit(run.status ?? 1);
