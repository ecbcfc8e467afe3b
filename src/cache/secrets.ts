/**
 * The token's home: an extension-origin IndexedDB database of its own (content scripts run in the
 * page's origin and cannot open it; clearing or rebuilding the cache never loses it). Values are
 * never logged and never leave the background except in the Authorization header to the API.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const SECRETS_DB_NAME = 'scansight-secrets';

/**
 * 'origin' is the API origin the other secrets were entered for; 'prowler-jwt' is Prowler App's JWT
 * pair (JSON, tagged with the API URL and email it was issued for), so a restarted worker need not log in again.
 */
export type SecretName = 'token' | 'password' | 'origin' | 'prowler-jwt';

interface SecretsSchema extends DBSchema {
  secrets: { key: SecretName; value: string };
}

let opening: Promise<IDBPDatabase<SecretsSchema>> | null = null;

function secretsDb(): Promise<IDBPDatabase<SecretsSchema>> {
  opening ??= openDB<SecretsSchema>(SECRETS_DB_NAME, 1, {
    upgrade: (db) => void db.createObjectStore('secrets'),
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

/** Reads a secret; undefined when none is stored. */
export async function readSecret(name: SecretName): Promise<string | undefined> {
  return (await secretsDb()).get('secrets', name);
}

/** Stores a secret, or deletes it when `value` is empty. */
export async function writeSecret(name: SecretName, value: string): Promise<void> {
  const db = await secretsDb();
  if (value === '') await db.delete('secrets', name);
  else await db.put('secrets', value, name);
}

/** Closes the connection (tests, and a database deleted underneath). */
export function closeSecrets(): void {
  void opening?.then((db) => db.close()).catch(() => undefined);
  opening = null;
}
