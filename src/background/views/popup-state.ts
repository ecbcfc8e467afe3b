/** The popup's list state, computed from the cache with the core. */
import { severity, type SourceCapabilities } from '../../core/index.ts';
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { SyncHead } from '../../cache/sync-state.ts';
import type { FirstScreen, PopupState, PopupView, ScanRow } from '../../messages.ts';
import { countByFilter, countByStatus, scopeRows, selectRows } from '../../core/select-rows.ts';
import { latestScanIds, scanRows } from '../scan-rows.ts';
import { FIRST_SCREEN_ROWS } from '../../core/first-screen.ts';

/** Latest runs first, worst first; then older runs, newest first. */
function byAttention(a: ScanRow, b: ScanRow): number {
  if (a.latest !== b.latest) return a.latest ? -1 : 1;
  if (a.latest) {
    const bySeverity = severity(b.status) - severity(a.status);
    if (bySeverity !== 0) return bySeverity;
  }
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

/** Every cached scan's row, latest runs first, worst first (the order `PopupState.rows` promises). */
export function popupRows(facts: CacheFacts, now: number): ScanRow[] {
  return scanRows(facts, now).sort(byAttention);
}

/** The rows of each project's latest run only, in the same order: all a view of latest runs shows. */
export function latestRunRows(facts: CacheFacts, now: number): ScanRow[] {
  const latest = new Set(latestScanIds(facts.scans));
  return popupRows({ ...facts, scans: facts.scans.filter((s) => latest.has(s.id)) }, now);
}

/**
 * The first `limit` rows of `view` over every row, in the order the popup's list shows them (the
 * popup's own selection functions), and the totals its header and filters show.
 */
export function firstScreen(
  rows: readonly ScanRow[],
  view: PopupView,
  limit: number,
  now: number,
  scanCount = rows.length,
): { rows: ScanRow[]; firstScreen: FirstScreen } {
  const scoped = scopeRows(rows, view.allRuns);
  const selected = selectRows(scoped, view.filter, view.search, now);
  const counts = countByStatus(scoped);
  return {
    rows: selected.slice(0, limit),
    firstScreen: { view, matched: selected.length, counts, filters: countByFilter(scoped, counts, now), scans: scanCount },
  };
}

export interface PopupInput {
  /** Every row, as {@link popupRows} gives them (or, for a view of latest runs only, those rows). */
  rows: ScanRow[];
  /** Cached scans, when `rows` holds only the latest runs. */
  scanCount?: number;
  sync: SyncHead;
  configured: boolean;
  syncing: boolean;
  capabilities: SourceCapabilities;
  /** Epoch ms of the next scheduled sync, or null. */
  nextSyncAt: number | null;
  now: number;
  /** Answer only this view's first screen. */
  view?: PopupView;
  limit?: number;
}

/** Everything the popup list shows: every row, or a view's first screen (`screen` when already computed). */
export function popupState(input: PopupInput & { screen?: { rows: ScanRow[]; firstScreen: FirstScreen } }): PopupState {
  const { sync } = input;
  const connection = input.configured ? sync.connection : 'not_configured';
  const failing = connection === 'unreachable' || connection === 'unauthorized';
  const head = {
    configured: input.configured,
    connection,
    lastSuccessAt: sync.lastSuccessAt,
    lastError: sync.lastError,
    retryAt: failing ? input.nextSyncAt : null,
    syncing: input.syncing,
    capabilities: input.capabilities,
  };
  if (!input.view) return { ...head, rows: input.rows };
  return { ...head, ...(input.screen ?? firstScreen(input.rows, input.view, input.limit ?? FIRST_SCREEN_ROWS, input.now, input.scanCount)) };
}

