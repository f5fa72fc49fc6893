import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { buildApp } from './build-app.ts';

describe('npm run build', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  test('a malformed lesson stops the build with file:line messages', () => {
    process.env.LANG = 'fr_BE.UTF-8';
    const result = buildApp('tests/fixtures/lessons-malformed');
    folders.push(result.outDir);
    expect(result.status).not.toBe(0);
    const file = 'tests/fixtures/lessons-malformed/web/01-page/fr.md';
    expect(result.output).toContain(`${file}:5:1: clé inconnue « levle »`);
    expect(result.output).toContain(`${file}:1:1: il manque « level » dans l'en-tête`);
    expect(result.output).toContain(`${file}:15:4: rôle de bloc inconnu « startr »`);
  }, 60_000);
});
