/**
 * The token's home: an extension-origin IndexedDB database of its own (content scripts run in the
 * page's origin and cannot open it; clearing or rebuilding the cache never loses it). Values are
 * never logged and never leave the background except in the Authorization header to the API.
 */
import { kvDatabase } from './kv-database.ts';

export const SECRETS_DB_NAME = 'scansight-secrets';

/**
 * 'origin' is the API origin the other secrets were entered for; 'prowler-jwt' is Prowler App's JWT
 * pair (JSON, tagged with the API URL and email it was issued for), so a restarted worker need not log in again.
 */
export type SecretName = 'token' | 'password' | 'origin' | 'prowler-jwt';

const database = kvDatabase<SecretName, string>(SECRETS_DB_NAME, 'secrets');

/** Reads a secret; undefined when none is stored. */
export function readSecret(name: SecretName): Promise<string | undefined> {
  return database.get(name);
}

/** Stores a secret, or deletes it when `value` is empty. */
export function writeSecret(name: SecretName, value: string): Promise<void> {
  return value === '' ? database.delete(name) : database.put(name, value);
}

/** Closes the connection (tests, and a database deleted underneath). */
export function closeSecrets(): void {
  database.close();
}
