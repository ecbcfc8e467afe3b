/** Storage-quota handling: a write that hits the quota prunes the cache harder and is retried once. */

/** True for the error IndexedDB raises when the origin is out of storage. */
export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

/** Runs `write`; on a quota error, awaits `prune` and runs `write` once more (a second failure propagates). */
export async function withQuotaRetry<T>(write: () => Promise<T>, prune: () => Promise<unknown>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await prune();
    return write();
  }
}
