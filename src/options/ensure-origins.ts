/**
 * Host access before saving or testing. Call it synchronously from the click handler: the request
 * must run inside the user gesture. When access is already granted (known from an earlier check)
 * nothing is asked — in e2e/demo builds the loopback origins are required permissions and a
 * headless prompt would never settle.
 */
import { requestOrigins } from '../platform/permissions.ts';

/** Resolves true when every origin is (now) granted. */
export function ensureOrigins(origins: string[], alreadyGranted: boolean): Promise<boolean> {
  if (origins.length === 0 || alreadyGranted) return Promise.resolve(true);
  return requestOrigins(origins);
}
