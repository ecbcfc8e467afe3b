/**
 * The token and password, bound to the API origin they were entered for: a token is handed out only
 * for that origin, so changing the API URL can never send an old token somewhere new.
 */
import { readSecret, writeSecret } from '../cache/secrets.ts';
import type { Credentials } from '../messages.ts';

function originOf(apiUrl: string): string | null {
  try {
    return new URL(apiUrl).origin;
  } catch {
    return null;
  }
}

/**
 * Stores the given secrets for `apiUrl`'s origin. For the same origin an absent field keeps its stored
 * value ('' deletes it); for a new origin, absent fields are deleted, never carried over.
 */
export async function saveCredentials(apiUrl: string, credentials: Credentials): Promise<void> {
  const origin = originOf(apiUrl) ?? '';
  const sameOrigin = (await readSecret('origin')) === origin;
  if (credentials.token !== undefined || !sameOrigin) await writeSecret('token', credentials.token ?? '');
  if (credentials.password !== undefined || !sameOrigin) await writeSecret('password', credentials.password ?? '');
  // A Prowler JWT pair was issued for the old credentials: never reuse it for new ones.
  await writeSecret('prowler-jwt', '');
  await writeSecret('origin', origin);
}

/** The secrets usable for `apiUrl`, or null when none are stored for its origin. */
export async function credentialsFor(apiUrl: string): Promise<{ token: string; password?: string } | null> {
  const origin = originOf(apiUrl);
  if (origin === null || (await readSecret('origin')) !== origin) return null;
  const [token, password] = await Promise.all([readSecret('token'), readSecret('password')]);
  if (!token && !password) return null;
  return { token: token ?? '', ...(password ? { password } : {}) };
}
