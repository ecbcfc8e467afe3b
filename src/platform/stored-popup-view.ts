/**
 * Thin adapter over IndexedDB for the popup: reads the materialized view and the cache's live sync
 * record in one readonly transaction (popup-view.ts says what they mean). Raw IndexedDB, not idb: two
 * gets do not justify a library in the popup's bundle. Never creates the database, never throws.
 */
import { CACHE_DB_NAME, VIEW_KEY, VIEW_STORE } from '../popup-view.ts';

/** The stored view and sync record as read (unchecked), or null when there is no cache or no view store yet. */
export function readStoredPopupView(idb: IDBFactory | null = globalThis.indexedDB ?? null): Promise<{ record: unknown; sync: unknown } | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      if (!idb) return resolve(null);
      open = idb.open(CACHE_DB_NAME);
    } catch {
      return resolve(null);
    }
    // No cache yet: abort, so opening creates nothing (the worker's upgrade builds it).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      // The worker upgrading the schema must never wait for the popup.
      db.onversionchange = () => db.close();
      try {
        const tx = db.transaction(['sync', VIEW_STORE], 'readonly');
        const record = tx.objectStore(VIEW_STORE).get(VIEW_KEY);
        const sync = tx.objectStore('sync').get('state');
        tx.oncomplete = () => resolve({ record: record.result, sync: sync.result });
        tx.onerror = tx.onabort = () => resolve(null);
      } catch {
        resolve(null); // an older schema with no `views` store
      } finally {
        db.close(); // closes once the transaction is done
      }
    };
  });
}
