/**
 * The overlay's answer, computed once per cache state and reused: a dashboard page asks for it on
 * every navigation, visibility change and broadcast, and computing it reads every scan and error log.
 * An entry serves while the cache's change counter (bumped with every write of facts or marks),
 * the connection
 * and the settings it depends on hold, for at most a minute (running scans age: their orphan note).
 */
import type { CacheDb } from '../../cache/schema.ts';
import type { OverlayData } from '../../messages.ts';

/** How long one computed answer may be reused while nothing changed. */
export const OVERLAY_MEMO_MS = 60_000;

interface Entry {
  db: CacheDb;
  key: string;
  at: number;
  data: Promise<OverlayData>;
}

let entry: Entry | null = null;

/** The memoized answer for `key` on `db`, or `compute()`'s (shared by concurrent callers). */
export function memoizedOverlayData(db: CacheDb, key: string, now: number, compute: () => Promise<OverlayData>): Promise<OverlayData> {
  if (entry && entry.db === db && entry.key === key && now >= entry.at && now - entry.at < OVERLAY_MEMO_MS) return entry.data;
  const data = compute();
  const mine: Entry = { db, key, at: now, data };
  entry = mine;
  // A failed computation is not kept: the next request tries again.
  data.catch(() => {
    if (entry === mine) entry = null;
  });
  return data;
}

/** The last answer computed, whatever its key (what a rate-limited tab gets); null when none. */
export function lastOverlayData(): Promise<OverlayData> | null {
  return entry?.data ?? null;
}

/** Forgets the memo (tests; a worker restart starts without one anyway). */
export function resetOverlayMemo(): void {
  entry = null;
}
