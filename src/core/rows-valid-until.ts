/** When the clock alone makes a derived list of rows read differently. */
import { DEFAULT_ORPHAN_AFTER_MS } from './orphan.ts';
import type { ScanRow } from './scan-row.ts';

/** How long an orphaned running row's note ("running for 2 days…") is taken as current. */
export const ORPHAN_NOTE_MS = 60_000;

/**
 * The first moment after `now` at which any of `rows` reads differently, or null: a snooze ending, a
 * running scan turning orphan (24 h after its start), and, for a scan already orphaned, a minute
 * (its note says for how long).
 */
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
