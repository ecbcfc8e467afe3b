/**
 * Which rows the list shows, in which order: scope, filter, search, then severity and recency. The
 * background answers a view's first screen with these same functions (background/views/popup-state.ts),
 * so the first rows and the full list agree.
 */
import { severity } from './severity.ts';
import { isSnoozed } from './snooze.ts';
import type { ScanStatus } from './types.ts';
import type { ListFilter, PopupView, ScanRow } from './scan-row.ts';

const ATTENTION: ReadonlySet<ScanStatus> = new Set(['submission_error', 'failed', 'partially_completed']);

/** True when two views show the same rows. */
export function sameView(a: PopupView, b: PopupView): boolean {
  return a.filter === b.filter && a.search === b.search && a.allRuns === b.allRuns;
}

/**
 * A scan needs attention when it failed (fully, partly, or at submission) or is running with failures
 * already known, and the user has not acknowledged it, muted its project or snoozed it.
 */
export function needsAttention(row: ScanRow, now: number): boolean {
  if (row.acknowledged || row.muted || isSnoozed(row.snoozedUntil, now)) return false;
  return ATTENTION.has(row.status) || (row.status === 'running' && row.failedSoFar > 0);
}

/** Rows in scope: only the newest run per project unless every run is asked for. */
export function scopeRows(rows: readonly ScanRow[], allRuns: boolean): ScanRow[] {
  return allRuns ? rows.slice() : rows.filter((row) => row.latest);
}

/** Count of rows per status (every status present, zero included). */
export function countByStatus(rows: readonly ScanRow[]): Record<ScanStatus, number> {
  const counts: Record<ScanStatus, number> = {
    submission_error: 0, failed: 0, partially_completed: 0, running: 0, stopped: 0, not_started: 0, completed: 0,
  };
  for (const row of rows) if (row.status in counts) counts[row.status] += 1;
  return counts;
}

/** How many rows each filter shows among scoped rows (before search); `counts` is {@link countByStatus} of them. */
export function countByFilter(rows: readonly ScanRow[], counts: Record<ScanStatus, number>, now: number): Record<ListFilter, number> {
  let attention = 0;
  for (const row of rows) if (needsAttention(row, now)) attention += 1;
  return { attention, running: counts.running, all: rows.length };
}

function matchesFilter(row: ScanRow, filter: ListFilter, now: number): boolean {
  if (filter === 'attention') return needsAttention(row, now);
  if (filter === 'running') return row.status === 'running';
  return true;
}

function recency(row: ScanRow): number {
  const at = Date.parse(row.startedAt ?? row.createdAt);
  return Number.isFinite(at) ? at : 0;
}

/** Filters scoped rows by filter and case-insensitive search (project or scan name), worst first then newest. */
export function selectRows(rows: readonly ScanRow[], filter: ListFilter, search: string, now: number): ScanRow[] {
  const needle = search.trim().toLowerCase();
  const kept = rows.filter(
    (row) =>
      matchesFilter(row, filter, now) &&
      (needle === '' || row.projectName.toLowerCase().includes(needle) || row.scanName.toLowerCase().includes(needle)),
  );
  // Keys computed once: parsing dates inside the comparator would cost n log n parses at 10,000 rows.
  const keyed = kept.map((row) => ({ row, rank: severity(row.status), at: recency(row) }));
  keyed.sort((a, b) => b.rank - a.rank || b.at - a.at);
  return keyed.map((k) => k.row);
}
