/**
 * Where the settings live: an extension-origin IndexedDB database of their own. Content scripts run
 * in the page's origin and cannot open it, unlike `storage.local`, which Chrome and Firefox both
 * expose to content scripts (Firefox has no way to restrict it; Chrome's `setAccessLevel` for local
 * storage is recent). So a compromised dashboard renderer cannot switch notifications or the overlay
 * off, nor point the "Open" links at another site.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const SETTINGS_DB_NAME = 'scansight-settings';

interface SettingsSchema extends DBSchema {
  settings: { key: 'user'; value: unknown };
}

let opening: Promise<IDBPDatabase<SettingsSchema>> | null = null;

function settingsDb(): Promise<IDBPDatabase<SettingsSchema>> {
  opening ??= openDB<SettingsSchema>(SETTINGS_DB_NAME, 1, {
    upgrade: (db) => void db.createObjectStore('settings'),
    blocking: () => {
      void opening?.then((db) => db.close());
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
}

/** The stored settings record as saved (validated by the caller on every load); undefined when none. */
export async function readStoredSettings(): Promise<unknown> {
  return (await settingsDb()).get('settings', 'user');
}

/** Stores the settings record. */
export async function writeStoredSettings(value: unknown): Promise<void> {
  await (await settingsDb()).put('settings', value, 'user');
}

/** Closes the connection (tests, and a database deleted underneath). */
export function closeSettingsDb(): void {
  void opening?.then((db) => db.close()).catch(() => undefined);
  opening = null;
}
