/**
 * The notifier: diffs what it saw last time against the cache now, records every transition in the
 * ledger (so none is ever handled twice, across restarts), and shows the ones the rules let through.
 */
import { diffSnapshots, type Scan, type SnapshotScan, type SourceCapabilities, type Transition } from '../core/index.ts';
import type { CacheDb, LedgerEntry, SyncState } from '../cache/schema.ts';
import type { CacheFacts } from '../cache/read-cache.ts';
import { commitNotifierRound } from '../cache/notifier-ledger.ts';
import type { Settings } from '../messages.ts';
import type { NotificationsPort } from '../platform/notifications.ts';
import { isSnoozed } from '../core/snooze.ts';
import { scanRows, statusOf } from './scan-rows.ts';
import { inQuietHours } from '../core/quiet-hours.ts';
import { isFailing, scanNotificationId, summaryView, SUMMARY_NOTIFICATION_ID, transitionView } from './notification-view.ts';
import { notificationCause } from './notification-cause.ts';
import { pageShowsScan } from './dashboard-url.ts';

/** More than this many at once become one summary notification. */
export const SUMMARY_THRESHOLD = 3;
/** After this long without a successful sync, take a new baseline instead of reporting history. */
export const BASELINE_GAP_MS = 12 * 3_600_000;

/**
 * What the notifier sees now: the previous snapshot, with the scans in `facts` (the ones that changed
 * or are new to it) judged afresh. Scans whose jobs are not fetched yet keep their previous entry (or
 * stay out): judging them on missing jobs would announce a failure that did not happen.
 */
export function snapshotOf(facts: CacheFacts, now: number): SnapshotScan[] {
  const pending = new Set(facts.sync.pendingDetails);
  const previous = new Map((facts.sync.snapshot ?? []).map((s) => [s.scanId, s]));
  const next = new Map(previous);
  for (const scan of facts.scans) {
    if (pending.has(scan.id) || !facts.attemptsByScan.has(scan.id)) continue;
    next.set(scan.id, { scanId: scan.id, projectId: scan.projectId, status: statusOf(facts, scan, now).status, createdAt: scan.createdAt });
  }
  return [...next.values()];
}

/**
 * The scans a round must judge: all of them for the first round, else those that changed in this
 * pass and those new to the snapshot (e.g. whose details were pending last time).
 */
export function notifierScope(scans: ReadonlyArray<Scan>, sync: SyncState, touched: ReadonlyArray<string>): string[] {
  // Scans with pending details are not judged (see snapshotOf): no need to read their jobs.
  const pending = new Set(sync.pendingDetails);
  if (sync.snapshot === null) return scans.filter((s) => !pending.has(s.id)).map((s) => s.id);
  const known = new Set(sync.snapshot.map((s) => s.scanId));
  const changed = new Set(touched);
  return scans.filter((s) => !pending.has(s.id) && (changed.has(s.id) || !known.has(s.id))).map((s) => s.id);
}

function outcomeOf(t: Transition, facts: CacheFacts, settings: Settings, now: number, frontUrl: string | undefined): string {
  const rules = settings.notifications;
  const wanted = { broken: rules.broken, still_failing: rules.stillFailing, fixed: rules.fixed, completed: rules.completed, started: false }[t.kind];
  if (!wanted) return 'rule_off';
  const pref = facts.prefs.get(t.projectId);
  if (pref?.muted) return 'muted';
  if (isSnoozed(pref?.snoozedUntil, now)) return 'snoozed';
  if (facts.marks.has(t.scanId)) return 'acknowledged';
  // The user is looking at the dashboard page that shows this scan (annotated by the overlay): a
  // desktop notification on top would only repeat it. The badge still counts it.
  const scan = facts.scans.find((s) => s.id === t.scanId) ?? { id: t.scanId, projectId: t.projectId, dashboardUrl: null };
  if (pageShowsScan(frontUrl, settings.dashboardUrl, scan)) return 'in_front';
  if (inQuietHours(new Date(now), rules.quietHours)) return 'quiet_hours';
  return 'shown';
}

export interface NotifyRoundInput {
  facts: CacheFacts;
  settings: Settings;
  capabilities: SourceCapabilities;
  now: number;
  /** When the previous successful sync ended (before this one), for the long-gap baseline. */
  previousSuccessAt: string | null;
  /** The URL of the tab the user is looking at (TabsPort.frontUrl); asked only when there is news. */
  frontUrl?: () => Promise<string | undefined>;
}

/** Runs one notifier round; returns the ledger entries it recorded (shown or held back). */
export async function notifyRound(db: CacheDb, notifications: NotificationsPort, input: NotifyRoundInput): Promise<LedgerEntry[]> {
  const { facts, settings, now } = input;
  const next = snapshotOf(facts, now);
  const gap = input.previousSuccessAt !== null && now - Date.parse(input.previousSuccessAt) > BASELINE_GAP_MS;
  const previous = facts.sync.snapshot;
  const known = new Set((previous ?? []).map((s) => s.scanId));
  // Until the first backfill completes, a scan new to the snapshot is history arriving, not news.
  const backfilling = !facts.sync.backfilled;
  const transitions = gap
    ? []
    : diffSnapshots(previous, next).filter((t) => t.kind !== 'started' && !(backfilling && !known.has(t.scanId)));
  const complete = facts.sync.pass === null && facts.sync.pendingDetails.length === 0;
  const at = new Date(now).toISOString();
  const frontUrl = transitions.length > 0 ? await input.frontUrl?.().catch(() => undefined) : undefined;
  const entries: LedgerEntry[] = transitions.map((t) => ({
    key: t.key, scanId: t.scanId, projectId: t.projectId, kind: t.kind, at, outcome: outcomeOf(t, facts, settings, now, frontUrl),
  }));
  // Ledger first, then the desktop: at worst a notification is lost to a crash, never shown twice.
  const fresh = await commitNotifierRound(db, next, entries, complete);
  const freshKeys = new Set(fresh.filter((e) => e.outcome === 'shown').map((e) => e.key));
  const toShow = transitions.filter((t) => freshKeys.has(t.key));
  if (toShow.length === 0) return fresh;
  const rows = new Map(scanRows(facts, now).map((r) => [r.scanId, r]));
  // A notification the system refuses (disabled, focus mode) must not fail the sync that found it.
  const show = (id: string, view: Parameters<NotificationsPort['show']>[1]) => notifications.show(id, view).catch(() => undefined);
  if (toShow.length > SUMMARY_THRESHOLD) {
    await show(SUMMARY_NOTIFICATION_ID, summaryView(toShow, rows, notifications.t));
  } else {
    for (const t of toShow) {
      // A submission error never reached a scanner: its status says all a notification can.
      const cause = isFailing(t) && t.status !== 'submission_error' ? await notificationCause(db, facts, t.scanId, notifications.t).catch(() => null) : null;
      await show(scanNotificationId(t.scanId), transitionView(t, rows.get(t.scanId), input.capabilities.canRerun && notifications.supportsButtons, notifications.t, cause));
    }
  }
  return fresh;
}
