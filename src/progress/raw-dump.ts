/**
 * When the store cannot be opened (data of a newer version, an unreadable version record, a broken
 * database), the learner's data must not be lost nor touched: this reads every record exactly as stored,
 * without upgrading or creating anything, into a file a person (or a later version of the app) can recover
 * it from.
 */
import { DB_NAME, FILE_APP } from './keys.ts';

/** The file's `kind`: not a backup the import page reads, but everything found on the device. */
export const RAW_KIND = 'raw-data';

export interface RawDump {
  app: typeof FILE_APP;
  kind: typeof RAW_KIND;
  exportedAt: number;
  database: string;
  /** The IndexedDB version found, whatever it is. */
  databaseVersion: number;
  /** Every object store's records as `[key, value]` pairs, in key order. */
  stores: Record<string, [unknown, unknown][]>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens `name` at whatever version it has; never creates or upgrades it (`undefined`: there is none). */
function openAsFound(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    let absent = false;
    // Only runs when there is no database: abort, so that reading leaves nothing behind.
    open.onupgradeneeded = () => {
      absent = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = (event) => {
      event.preventDefault();
      if (absent) resolve(undefined);
      else reject(open.error ?? new Error(`cannot open ${name}`));
    };
  });
}

/** Everything in the database `name`, as found. Rejects when the browser refuses to open it at all. */
export async function dumpDatabase(now: number, name: string = DB_NAME): Promise<RawDump> {
  const db = await openAsFound(name);
  if (!db) return { app: FILE_APP, kind: RAW_KIND, exportedAt: now, database: name, databaseVersion: 0, stores: {} };
  try {
    const stores: RawDump['stores'] = {};
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      stores[storeName] = keys.map((key, i) => [key, values[i]]);
    }
    return { app: FILE_APP, kind: RAW_KIND, exportedAt: now, database: name, databaseVersion: db.version, stores };
  } finally {
    db.close();
  }
}

/** JSON text of `dump`; values JSON cannot hold (a `BigInt` written by another program) become text. */
export const serializeDump = (dump: RawDump): string =>
  JSON.stringify(dump, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 1);

/** `sirius-donnees-2026-05-02.json`: not a `.sirius.json` backup, so nobody takes it for one. */
export const dumpFileName = (at: number): string => `sirius-data-${new Date(at).toISOString().slice(0, 10)}.json`;
