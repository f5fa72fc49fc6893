// IndexedDB is a dependency here, not the subject: fake-indexeddb stands in for the browser's.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { dumpDatabase, dumpFileName, serializeDump } from './raw-dump.ts';

const freshName = () => `dump-${Math.random()}`;

test('reads every record as found, at the version found, and changes nothing', async () => {
  const name = freshName();
  const db = await openDB(name, 7, {
    upgrade(database) {
      database.createObjectStore('meta');
      database.createObjectStore('exercises', { keyPath: ['p', 'e'] });
    },
  });
  await db.put('meta', 'garbage', 'data-version');
  await db.put('exercises', { p: 'a', e: 'x', draft: 'mine' });
  db.close();

  const dump = await dumpDatabase(5, name);
  expect(dump).toMatchObject({ app: 'sirius-learn', kind: 'raw-data', exportedAt: 5, database: name, databaseVersion: 7 });
  expect(dump.stores).toEqual({ exercises: [[['a', 'x'], { p: 'a', e: 'x', draft: 'mine' }]], meta: [['data-version', 'garbage']] });

  const again = await openDB(name);
  expect(again.version).toBe(7);
  expect(await again.get('meta', 'data-version')).toBe('garbage');
  again.close();
});

test('a device without the database gets an empty dump, and no database is created', async () => {
  const name = freshName();
  const dump = await dumpDatabase(1, name);
  expect(dump.stores).toEqual({});
  expect((await indexedDB.databases()).some((info) => info.name === name)).toBe(false);
});

test('values JSON cannot hold are written as text; the file name says what it is', () => {
  const text = serializeDump({ app: 'sirius-learn', kind: 'raw-data', exportedAt: 0, database: 'd', databaseVersion: 1, stores: { meta: [['n', 10n]] } });
  expect(JSON.parse(text).stores.meta).toEqual([['n', '10']]);
  expect(dumpFileName(Date.UTC(2026, 4, 2))).toBe('sirius-data-2026-05-02.json');
});
