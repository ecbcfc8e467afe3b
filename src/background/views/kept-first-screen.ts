/**
 * The popup's last first screen, kept in storage.session so that an open after Chromium stopped the
 * idle worker (~30 s after its last event: the usual state when someone clicks the toolbar button) is
 * answered without reading every scan record from a cold database (~300 ms with 1,000 cached scans,
 * ~800 ms with 10,000, bench/README.md). Like popup-rows-memo.ts it is a memo of a derived view, not a
 * fact (storage.session is memory: trusted contexts only, gone when the browser quits); it serves only
 * while all of these hold:
 * - no change broadcast since it was kept (broadcast.ts drops it, and a view computed before a
 *   broadcast is never kept after it: the change generation must still be the one it was read at);
 * - the same sync checkpoint (a sync writes pages and details before its broadcast);
 * - the clock has not reached a moment its rows depend on: a snooze ending, a running scan turning
 *   orphan (24 h after its start), and, for a scan already orphaned, a minute (its note says for how long).
 * A sync that changed something keeps a new one for the same view at once (`primeFirstScreen`): it has
 * just read every scan, so the next open after the worker stopped is answered from memory too.
 */
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { SyncHead } from '../../cache/sync-state.ts';
import { DEFAULT_ORPHAN_AFTER_MS } from '../../core/orphan.ts';
import type { FirstScreen, PopupView, ScanRow } from '../../messages.ts';
import type { StoragePort } from '../../platform/storage.ts';
import { sameView } from '../../core/select-rows.ts';
import { cacheGeneration, checkpointOf, noteCacheChanged } from './popup-rows-memo.ts';
import { firstScreen, latestRunRows, popupRows } from './popup-state.ts';

/** The storage.session key of the kept first screen (the bench and e2e read it too). */
export const SCREEN_KEY = 'popupFirstScreen';
/** The view and size of the last first screen asked for: what a sync primes. */
const VIEW_KEY = 'popupFirstScreenView';
/** How long an orphaned running row's note ("running for 2 days…") is taken as current. */
const ORPHAN_NOTE_MS = 60_000;

export interface Screen {
  rows: ScanRow[];
  firstScreen: FirstScreen;
}

interface KeptScreen extends Screen {
  version: 1;
  checkpoint: string;
  view: PopupView;
  limit: number;
  /** Epoch ms from which the rows may read differently, or null. */
  validUntil: number | null;
}

type Session = Pick<StoragePort, 'readSession' | 'writeSession' | 'removeSession'>;

/** The first moment after `now` at which any of `rows` reads differently, or null. */
export function rowsValidUntil(rows: readonly ScanRow[], now: number): number | null {
  let until = Infinity;
  for (const row of rows) {
    const snoozeEnd = row.snoozedUntil ? Date.parse(row.snoozedUntil) : NaN;
    if (snoozeEnd > now) until = Math.min(until, snoozeEnd);
    if (row.status !== 'running' || !row.startedAt) continue;
    const orphanAt = Date.parse(row.startedAt) + DEFAULT_ORPHAN_AFTER_MS;
    if (Number.isFinite(orphanAt)) until = Math.min(until, orphanAt > now ? orphanAt : now + ORPHAN_NOTE_MS);
  }
  return Number.isFinite(until) ? until : null;
}

function isKept(value: unknown): value is KeptScreen {
  const kept = value as Partial<KeptScreen> | undefined;
  return !!kept && kept.version === 1 && typeof kept.checkpoint === 'string' && Array.isArray(kept.rows) && typeof kept.firstScreen === 'object' && typeof kept.view === 'object';
}

/** The kept first screen of `view` when it still holds for `sync` at `now`, else null. */
export async function keptFirstScreen(session: Session, sync: SyncHead, view: PopupView, limit: number, now: number): Promise<Screen | null> {
  const kept = await session.readSession(SCREEN_KEY).catch(() => undefined);
  if (!isKept(kept) || kept.checkpoint !== checkpointOf(sync) || !sameView(kept.view, view) || kept.limit !== limit) return null;
  if (kept.validUntil !== null && now >= kept.validUntil) return null;
  return { rows: kept.rows, firstScreen: kept.firstScreen };
}

let lastKept: string | null = null;
/** The view last asked for, once read or kept by this worker (its session copy outlives the worker). */
let askedView: { view: PopupView; limit: number } | null = null;

function stampOf(generation: number, checkpoint: string, view: PopupView, limit: number): string {
  return JSON.stringify([generation, checkpoint, view, limit]);
}

/**
 * Keeps `screen`, computed at change generation `generation` from rows `allRows` read at `sync`:
 * not when a change came since (it would be stale), nor again when the same one is kept already.
 */
export async function keepFirstScreen(
  session: Session,
  input: { generation: number; sync: SyncHead; view: PopupView; limit: number; now: number; allRows: readonly ScanRow[]; screen: Screen },
): Promise<void> {
  const checkpoint = checkpointOf(input.sync);
  const stamp = stampOf(input.generation, checkpoint, input.view, input.limit);
  if (input.generation !== cacheGeneration() || stamp === lastKept) return;
  lastKept = stamp;
  askedView = { view: input.view, limit: input.limit };
  const kept: KeptScreen = {
    version: 1, checkpoint, view: input.view, limit: input.limit, validUntil: rowsValidUntil(input.allRows, input.now), ...input.screen,
  };
  await Promise.all([session.writeSession(SCREEN_KEY, kept), session.writeSession(VIEW_KEY, { view: input.view, limit: input.limit })]);
}

/** Drops the kept screen (a change broadcast, a database replaced); the view stays for the next prime. */
export async function forgetFirstScreen(session: Session): Promise<void> {
  lastKept = null;
  await session.removeSession(SCREEN_KEY);
}

/**
 * Something the popup shows changed (a change broadcast; another context replaced the database): rows
 * memoized and the kept first screen are stale, and go before anyone is told.
 */
export async function viewsChanged(session: Session): Promise<void> {
  noteCacheChanged();
  await forgetFirstScreen(session);
}

/** The view and size of the last first screen asked for in this browser session, if any. */
async function lastView(session: Session): Promise<{ view: PopupView; limit: number } | null> {
  if (askedView) return askedView;
  const asked = (await session.readSession(VIEW_KEY).catch(() => undefined)) as { view?: PopupView; limit?: number } | undefined;
  if (asked?.view && typeof asked.limit === 'number') askedView = { view: asked.view, limit: asked.limit };
  return askedView;
}

/**
 * Keeps the first screen of the view last asked for from every row (as popupRows gives them), e.g.
 * when the popup reloads every row after the user's mark; `generation` as for primeFirstScreen.
 */
export async function keepLastView(session: Session, rows: readonly ScanRow[], sync: SyncHead, now: number, generation: number): Promise<void> {
  const asked = await lastView(session);
  // Every popup open asks for its first screen, then every row: the second finds it kept already.
  if (!asked || stampOf(generation, checkpointOf(sync), asked.view, asked.limit) === lastKept) return;
  const screen = firstScreen(rows, asked.view, asked.limit, now, rows.length);
  await keepFirstScreen(session, { generation, sync, ...asked, now, allRows: rows, screen });
}

/**
 * After a sync that changed something: keeps the first screen of the view last asked for, from the
 * facts that sync already read (every scan and its job facts, marks and prefs) and the sync state as
 * it is now; `generation` is the change generation those facts are current at (kept only if no other
 * change came since). Does nothing until a popup has asked for a first screen in this browser session.
 */
export async function primeFirstScreen(session: Session, facts: CacheFacts, sync: SyncHead, now: number, generation: number): Promise<void> {
  const asked = await lastView(session);
  if (!asked) return;
  const { view, limit } = asked;
  const rows = view.allRuns ? popupRows(facts, now) : latestRunRows(facts, now);
  const screen = firstScreen(rows, view, limit, now, facts.scans.length);
  await keepFirstScreen(session, { generation, sync, view, limit, now, allRows: rows, screen });
}

/** Forgets what this worker kept last (tests: a worker that starts anew). */
export function forgetKeptStamp(): void {
  lastKept = null;
  askedView = null;
}
