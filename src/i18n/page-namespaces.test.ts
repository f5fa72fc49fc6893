import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { namespacesOf } from './page-namespaces.ts';

const KNOWN = ['app', 'pages', 'runner', 'workspace', 'editor'];

describe('namespaces of a page', () => {
  const files: Record<string, string> = {
    'routes/Page.svelte': "<script>import Part from '../components/Part.svelte';\nconst x = t('pages:title');</script>",
    'components/Part.svelte': "<script>import type { Only } from './types.ts';\nimport { say } from './say.ts';\nconst Editor = () => import('../editor/Editor.svelte');</script>",
    'components/say.ts': "export const KEYS = ['runner:timeout'] as const; export const url = 'https://example.org';",
    'editor/Editor.svelte': "<script>import './editor.css'; import raw from './worker.ts?worker';\nt('editor:title'); t('nav.home');</script>",
    'components/types.ts': "export type Only = 'progress:refusal';",
    'editor/worker.ts': "import { back } from '../routes/Page.svelte';\nconst label = 'workspace:run';",
  };
  const read = (path: string) => files[path];

  test('come from the keys of the page and of every module it imports, on demand too', () => {
    expect(namespacesOf('routes/Page.svelte', KNOWN, read)).toEqual(['editor', 'pages', 'runner', 'workspace']);
  });

  test('a module imported by no page adds nothing; unknown prefixes (https:) are not namespaces', () => {
    expect(namespacesOf('components/say.ts', KNOWN, read)).toEqual(['runner']);
  });
});

describe('the app’s pages', () => {
  const src = join(import.meta.dirname, '..');
  const read = (path: string) => {
    try {
      return readFileSync(join(src, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const known = readdirSync(join(import.meta.dirname, 'locales', 'fr')).map((file) => file.replace(/\.json$/, ''));

  // The home page and the header ship with the app's own strings only: another namespace would show raw keys.
  // Three exceptions wait for theirs: the storage notices load `progress` before showing, a page's title is
  // named once the page has loaded its strings, and the home page's class plans load `classroom` before showing.
  test('the entry (header, home) needs no namespace but the app’s', () => {
    const entry = (path: string) =>
      path === 'App.svelte' ? read(path)?.replace(/import\(['"][^'"]+['"]\)/g, '')
      : ['components/StorageNotices.svelte', 'routes/title.ts', 'class/HomePlansLoader.svelte'].includes(path) ? '' : read(path);
    expect(namespacesOf('App.svelte', known, entry)).toEqual([]);
  });

  test('the lesson page finds the strings of its workspace, editor and runner', () => {
    expect(namespacesOf('routes/LessonPage.svelte', known, read)).toEqual(expect.arrayContaining(['editor', 'languages', 'pages', 'runner', 'workspace']));
  });
});
