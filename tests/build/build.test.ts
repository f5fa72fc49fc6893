import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { buildApp } from './build-app.ts';

describe('npm run build', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  test('a malformed lesson stops the build with file:line messages', () => {
    const result = buildApp('tests/fixtures/lessons-malformed');
    folders.push(result.outDir);
    expect(result.status).not.toBe(0);
    const file = 'tests/fixtures/lessons-malformed/web/01-page/fr.md';
    expect(result.output).toContain(`${file}:5:1: unknown key "levle"`);
    expect(result.output).toContain(`${file}:1:1: missing "level" in the frontmatter`);
    expect(result.output).toContain(`${file}:15:4: unknown block role "startr"`);
  }, 60_000);
});
