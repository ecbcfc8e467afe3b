/**
 * A small extension-origin IndexedDB database with one key-value store, opened once per worker and
 * reopened after the browser closes it (another context upgrading, a database deleted underneath).
 * The secrets and the settings each live in one: content scripts run in the page's origin and cannot
 * open them, and clearing the cache never touches them.
 */
import { openDB, type IDBPDatabase } from 'idb';

export interface KvDatabase<K extends string, V> {
  get(key: K): Promise<V | undefined>;
  put(key: K, value: V): Promise<void>;
  delete(key: K): Promise<void>;
  /** Closes the connection (tests, and a database deleted underneath). */
  close(): void;
}

/** The database `name` with its one object store `store` (created on first open). */
export function kvDatabase<K extends string, V>(name: string, store: string): KvDatabase<K, V> {
  let opening: Promise<IDBPDatabase> | null = null;
  const db = (): Promise<IDBPDatabase> => {
    opening ??= openDB(name, 1, {
      upgrade: (created) => void created.createObjectStore(store),
      blocking: () => {
        void opening?.then((open) => open.close());
        opening = null;
      },
      terminated: () => {
        opening = null;
      },
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
  return {
    get: async (key) => (await db()).get(store, key) as Promise<V | undefined>,
    put: async (key, value) => void (await (await db()).put(store, value, key)),
    delete: async (key) => (await db()).delete(store, key),
    close() {
      void opening?.then((open) => open.close()).catch(() => undefined);
      opening = null;
    },
  };
}
