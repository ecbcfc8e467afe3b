/** Installs fake-indexeddb's globals; call freshIndexedDb() before each test for an empty, isolated factory. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

/** Replaces the global indexedDB with an empty one. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}
