/**
 * Where the settings live: an extension-origin IndexedDB database of their own. Content scripts run
 * in the page's origin and cannot open it, unlike `storage.local`, which Chrome and Firefox both
 * expose to content scripts (Firefox has no way to restrict it; Chrome's `setAccessLevel` for local
 * storage is recent). So a compromised dashboard renderer cannot switch notifications or the overlay
 * off, nor point the "Open" links at another site.
 */
import { kvDatabase } from './kv-database.ts';

export const SETTINGS_DB_NAME = 'scansight-settings';

const database = kvDatabase<'user', unknown>(SETTINGS_DB_NAME, 'settings');

/** The stored settings record as saved (validated by the caller on every load); undefined when none. */
export function readStoredSettings(): Promise<unknown> {
  return database.get('user');
}

/** Stores the settings record. */
export function writeStoredSettings(value: unknown): Promise<void> {
  return database.put('user', value);
}

/** Closes the connection (tests, and a database deleted underneath). */
export function closeSettingsDb(): void {
  database.close();
}
