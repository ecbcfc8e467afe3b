/** The popup's list state, computed from the cache with the core. */
import { severity } from '../../core/index.ts';
import type { CacheFacts } from '../../cache/read-cache.ts';
import type { FirstScreen, PopupView, ScanRow } from '../../messages.ts';
import { countByFilter, countByStatus, scopeRows, selectRows } from '../../core/select-rows.ts';
import { latestScanIds, scanRows } from '../scan-rows.ts';

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
