/** Human times for the popup: "Synced 2 min ago", "3 min 20 s", a short local date-time. */
import { t } from '../platform/i18n.ts';

/** "Synced just now" / "Synced 2 min ago" / "… h ago" / "… d ago"; "Not synced yet" without a time. */
export function syncedAgo(lastSuccessAt: string | null, now: number): string {
  const at = lastSuccessAt === null ? NaN : Date.parse(lastSuccessAt);
  if (!Number.isFinite(at)) return t('popup_neverSynced');
  const minutes = Math.floor(Math.max(0, now - at) / 60_000);
  if (minutes < 1) return t('popup_syncedJustNow');
  if (minutes < 60) return t('popup_syncedMinutesAgo', String(minutes));
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('popup_syncedHoursAgo', String(hours));
  return t('popup_syncedDaysAgo', String(Math.floor(hours / 24)));
}

/** "1 h 5 min", "3 min 20 s", "12 s"; "—" when the duration is unknown or nonsensical. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return t('popup_durationUnknown');
  const seconds = Math.floor(ms / 1000);
  if (seconds >= 3600) return t('popup_durationHours', [String(Math.floor(seconds / 3600)), String(Math.floor((seconds % 3600) / 60))]);
  if (seconds >= 60) return t('popup_durationMinutes', [String(Math.floor(seconds / 60)), String(seconds % 60)]);
  return t('popup_durationSeconds', String(seconds));
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** A short local date and time, or "—" for a missing or unparseable time. */
export function formatWhen(iso: string | null): string {
  const at = iso === null ? NaN : Date.parse(iso);
  return Number.isFinite(at) ? dateTime.format(at) : t('popup_durationUnknown');
}

/** Elapsed time of a row: its reported duration, or time since start while it still runs. */
export function elapsedMs(row: { durationMs: number | null; startedAt: string | null; status: string }, now: number): number | null {
  if (row.durationMs !== null) return row.durationMs;
  if (row.status !== 'running' || row.startedAt === null) return null;
  const start = Date.parse(row.startedAt);
  return Number.isFinite(start) && start <= now ? now - start : null;
}

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** A local time of day ("10:42"), or "—" for a missing or unparseable time. */
export function formatClock(iso: string): string {
  const at = Date.parse(iso);
  return Number.isFinite(at) ? clock.format(at) : t('popup_durationUnknown');
}
