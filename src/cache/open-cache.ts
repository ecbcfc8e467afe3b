/**
 * Opens the cache on demand and keeps it usable across the IndexedDB lifecycle: the connection is
 * closed when a newer version wants to upgrade (`blocking`), dropped when the browser kills it
 * (`terminated`), and reopened by the next caller. A database that cannot be opened (corrupt, or
 * from a newer build) is deleted and rebuilt empty: the next sync refills it from the API.
 */
import { deleteDB, openDB } from 'idb';
import { CACHE_DB_NAME, CACHE_DB_VERSION, upgradeCache, type CacheDb } from './schema.ts';

export interface CacheHandle {
  /** The open database, opening (or reopening) it when needed. */
  db(): Promise<CacheDb>;
  /** Closes the connection; the next db() reopens. */
  close(): void;
  /** Deletes the database and starts empty (cache/clear, unreadable database). */
  rebuild(): Promise<CacheDb>;
}

export interface CacheHandleOptions {
  name?: string;
  /** Told when something happened worth a diagnostic (never data). */
  onEvent?: (event: 'blocked' | 'blocking' | 'terminated' | 'rebuilt') => void;
}

/** Creates a lazily opened, self-healing handle on the cache database. */
export function createCacheHandle(options: CacheHandleOptions = {}): CacheHandle {
  const name = options.name ?? CACHE_DB_NAME;
  let opening: Promise<CacheDb> | null = null;

  const open = (): Promise<CacheDb> =>
    openDB<import('./schema.ts').CacheSchema>(name, CACHE_DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgradeCache(db, oldVersion, tx),
      blocked: () => options.onEvent?.('blocked'),
      blocking: () => {
        // Another context wants a newer version: step aside so its upgrade can run.
        options.onEvent?.('blocking');
        void opening?.then((db) => db.close());
        opening = null;
      },
      terminated: () => {
        options.onEvent?.('terminated');
        opening = null;
      },
    });

  async function openOrRebuild(): Promise<CacheDb> {
    try {
      return await open();
    } catch (error) {
      // An upgrade blocked forever is not corruption; everything else (VersionError, UnknownError…) is rebuilt.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      await deleteDB(name);
      options.onEvent?.('rebuilt');
      return open();
    }
  }

  return {
    db() {
      opening ??= openOrRebuild().catch((error: unknown) => {
        opening = null;
        throw error;
      });
      return opening;
    },
    close() {
      void opening?.then((db) => db.close()).catch(() => undefined);
      opening = null;
    },
    async rebuild() {
      const current = opening;
      opening = null;
      if (current) await current.then((db) => db.close()).catch(() => undefined);
      await deleteDB(name);
      return this.db();
    },
  };
}
