/**
 * The popup's rows, kept in the worker between popup opens. Computing them reads every scan and its
 * job facts and aggregates each (about a second with 10,000 cached scans), while most opens find the
 * cache as the last one left it. A memo serves only while all of these still hold:
 * - the same database connection (a cleared or rebuilt cache is a new one);
 * - the same change generation: every change broadcast (a sync that changed something or the
 *   connection, the user's marks, mutes and snoozes, a cleared cache, settings) bumps it;
 * - the same sync checkpoint (watermark, pass cursor, number of scans waiting for details): a sync
 *   still in progress writes scan pages and details before its broadcast.
 * A worker that stopped starts with no memo. Only running rows depend on the clock (the orphan note
 * of a scan running too long): they are re-derived from their scan and job attempts on every read.
 */
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { CacheDb } from '../../cache/schema.ts';
import type { SyncHead } from '../../cache/sync-state.ts';
import type { Scan } from '../../core/index.ts';
import type { JobAttempt } from '../../core/latest-attempts.ts';
import type { ScanRow } from '../../messages.ts';
import { statusFields } from '../scan-rows.ts';
import { popupRows } from './popup-state.ts';

let generation = 0;

/** Something the popup shows changed (called with every change broadcast): rows computed before are not reused. */
export function noteCacheChanged(): void {
  generation += 1;
}

/** The change generation: a view computed at one generation is stale at any other. */
export function cacheGeneration(): number {
  return generation;
}

interface Key {
  db: CacheDb;
  generation: number;
  checkpoint: string;
}

/** What a sync writes with every scan page and details batch, in a few bytes. */
export function checkpointOf(sync: Pick<SyncHead, 'watermark' | 'pass' | 'pendingDetails'>): string {
  return JSON.stringify([sync.watermark, sync.pass?.cursor ?? null, sync.pass?.since ?? null, sync.pendingDetails.length]);
}

interface Memo extends Key {
  rows: ScanRow[];
  /** The scan and job attempts of each running row, to re-derive it at each read. */
  running: Map<string, { scan: Scan; attempts: JobAttempt[] | undefined }>;
}

let memo: Memo | null = null;
let computing: { key: Key; done: Promise<Memo> } | null = null;

function sameKey(a: Key, b: Key): boolean {
  return a.db === b.db && a.generation === b.generation && a.checkpoint === b.checkpoint;
}

function build(key: Key, facts: CacheFacts, now: number): Memo {
  const rows = popupRows(facts, now);
  const runningIds = new Set(rows.filter((row) => row.status === 'running').map((row) => row.scanId));
  const running = new Map<string, { scan: Scan; attempts: JobAttempt[] | undefined }>();
  for (const scan of facts.scans) if (runningIds.has(scan.id)) running.set(scan.id, { scan, attempts: facts.attemptsByScan.get(scan.id) });
  return { ...key, rows, running };
}

/** The memo's rows at `now`: running rows re-derived (new objects), every other row as memoized. */
function rowsAt(kept: Memo, now: number): ScanRow[] {
  if (kept.running.size === 0) return kept.rows;
  return kept.rows.map((row) => {
    const live = kept.running.get(row.scanId);
    if (!live) return row;
    const attemptsByScan = new Map(live.attempts ? [[row.scanId, live.attempts]] : []);
    const { detailsPending, ...fields } = statusFields({ attemptsByScan }, live.scan, now);
    const { detailsPending: _was, ...rest } = row;
    return { ...rest, ...fields, ...(detailsPending ? { detailsPending } : {}) };
  });
}

/**
 * Every row (latest runs first, worst first) at `now`: from the memo while it holds for `db` and the
 * cache's current `sync` state, else from `read()`, which is then memoized. Concurrent misses share
 * one read. Callers must not mutate the rows.
 */
export async function memoizedRows(db: CacheDb, sync: SyncHead, now: number, read: () => Promise<CacheFacts>): Promise<ScanRow[]> {
  const key: Key = { db, generation, checkpoint: checkpointOf(sync) };
  if (memo && sameKey(memo, key)) return rowsAt(memo, now);
  if (computing && sameKey(computing.key, key)) return rowsAt(await computing.done, now);
  const done = read().then((facts) => build(key, facts, now));
  computing = { key, done };
  try {
    const made = await done;
    // A change broadcast during the read leaves the memo empty: the next open reads again.
    if (made.generation === generation) memo = made;
    return made.rows;
  } finally {
    if (computing?.done === done) computing = null;
  }
}

/** The memoized rows at `now` when they hold for `db` and `sync` (waiting for a read under way), else null. */
export async function keptRows(db: CacheDb, sync: SyncHead, now: number): Promise<ScanRow[] | null> {
  const key: Key = { db, generation, checkpoint: checkpointOf(sync) };
  if (memo && sameKey(memo, key)) return rowsAt(memo, now);
  if (computing && sameKey(computing.key, key)) return rowsAt(await computing.done, now);
  return null;
}

/** Forgets the memo (tests). */
export function forgetPopupRows(): void {
  memo = null;
  computing = null;
}
