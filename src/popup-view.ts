/**
 * The popup's materialized view: the contract between the background, which writes it wherever the
 * data changes, and the popup, which reads it at load without waiting for the worker.
 *
 * Rules (tested in background/views/popup-view-writer.test.ts and the popup's boot tests):
 * - It lives in the cache database (store `views`), beside the `changes` counter that every write of
 *   facts or marks bumps in its own transaction; the view names the `changes` it was derived at.
 * - The popup reads the view and the counter in one readonly transaction. Equal: the view is exactly
 *   as current as the cache. Different (a change landed and its view is not written yet, or a worker
 *   was stopped between the two): the popup paints it, says it is refreshing, and asks the worker.
 * - It is also not current from `validUntil` on: the clock alone changes rows (a snooze ending, a
 *   running scan turning orphan).
 * - A worker that starts finds a view that is missing or not current and writes it anew.
 */
import type { ConnectionState, SourceCapabilities } from './core/index.ts';
import type { FirstScreen, ListFilter, PopupState, PopupView, ScanRow } from './messages.ts';

/** The cache database and the records the popup reads from it. */
export const CACHE_DB_NAME = 'scansight-cache';
export const VIEW_STORE = 'views';
export const VIEW_KEY = 'popup';

/** Every view the record holds a first screen of: each filter, latest runs or every run, no search. */
export const MATERIALIZED_FILTERS: readonly ListFilter[] = ['attention', 'running', 'all'];

export interface PopupViewRecord {
  key: typeof VIEW_KEY;
  version: 1;
  /** The cache's change counter the screens were derived at. */
  changes: number;
  /** Epoch ms of the derivation, and from when the clock makes some row read differently (or null). */
  builtAt: number;
  validUntil: number | null;
  configured: boolean;
  capabilities: SourceCapabilities;
  /** The header's fields as they were at the derivation (the live sync record wins when readable). */
  connection: ConnectionState;
  lastSuccessAt: string | null;
  lastError: PopupState['lastError'];
  retryAt: number | null;
  /** First screen of each materialized view, by {@link screenKey}. */
  screens: Record<string, { rows: ScanRow[]; firstScreen: FirstScreen }>;
}

/** The key of `view`'s screen in the record, or null for a view with a search (not materialized). */
export function screenKey(view: PopupView): string | null {
  return view.search.trim() === '' ? `${view.filter}:${view.allRuns ? 'all' : 'latest'}` : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/**
 * The state the popup paints for `view` from the stored view `record` and the cache's live sync
 * record `sync` (both as read, unchecked), and whether it is current; null when there is none to paint.
 */
export function paintFromView(record: unknown, sync: unknown, view: PopupView, now: number): { state: PopupState; current: boolean } | null {
  const key = screenKey(view);
  if (key === null || !isObject(record) || record.version !== 1 || !isObject(record.screens)) return null;
  const screen = record.screens[key];
  if (!isObject(screen) || !Array.isArray(screen.rows) || !isObject(screen.firstScreen)) return null;
  const v = record as unknown as PopupViewRecord;
  const live = isObject(sync) ? sync : {};
  const changes = typeof live.changes === 'number' ? live.changes : 0;
  const current = v.changes === changes && (v.validUntil === null || now < v.validUntil);
  const connection = v.configured ? (typeof live.connection === 'string' ? (live.connection as ConnectionState) : v.connection) : 'not_configured';
  return {
    current,
    state: {
      configured: v.configured,
      connection,
      lastSuccessAt: strOrNull(live.lastSuccessAt) ? live.lastSuccessAt : v.lastSuccessAt,
      lastError: isObject(live.lastError) || live.lastError === null ? (live.lastError as PopupState['lastError']) : v.lastError,
      retryAt: connection === 'unreachable' || connection === 'unauthorized' ? v.retryAt : null,
      syncing: false,
      capabilities: v.capabilities,
      rows: screen.rows as ScanRow[],
      firstScreen: screen.firstScreen as unknown as FirstScreen,
    },
  };
}
