/** What a notification says, and the ids that let a click find its scan again. Plain data, no I/O. */
import { statusLabel, type Transition } from '../core/index.ts';
import type { ScanRow } from '../messages.ts';
import type { NotificationView } from '../platform/notifications.ts';

const PREFIX = 'scansight:';

/** The notification id for a scan's transition (one per scan: a newer transition replaces an older one). */
export function scanNotificationId(scanId: string): string {
  return `${PREFIX}scan:${scanId}`;
}

/** The id of the "several scans need attention" summary. */
export const SUMMARY_NOTIFICATION_ID = `${PREFIX}summary`;

/** Parses an id this module made; null for anything else. */
export function parseNotificationId(id: string): { kind: 'scan'; scanId: string } | { kind: 'summary' } | null {
  if (id === SUMMARY_NOTIFICATION_ID) return { kind: 'summary' };
  if (id.startsWith(`${PREFIX}scan:`)) return { kind: 'scan', scanId: id.slice(`${PREFIX}scan:`.length) };
  return null;
}

const HEADLINE: Record<Transition['kind'], string> = {
  broken: 'Scan needs attention',
  still_failing: 'Still failing',
  fixed: 'Fixed',
  completed: 'Completed',
  started: 'Started',
};

/** Button order is fixed: index 0 opens, index 1 re-runs. */
export const BUTTON_OPEN = 0;
export const BUTTON_RERUN = 1;

/** One transition's notification. */
export function transitionView(transition: Transition, row: ScanRow | undefined, canRerun: boolean): NotificationView {
  const project = row?.projectName ?? transition.projectId;
  const jobs = row && row.jobCount > 0 ? ` — ${row.failedSoFar} of ${row.jobCount} jobs failed` : '';
  const failing = transition.kind === 'broken' || transition.kind === 'still_failing';
  return {
    title: `${statusLabel(transition.status)}: ${project}`,
    message: `${HEADLINE[transition.kind]}. ${row?.scanName ?? transition.scanId}${failing ? jobs : ''}`,
    buttons: failing && canRerun ? ['Open', 'Re-run'] : ['Open'],
  };
}

/** One notification standing for many transitions. */
export function summaryView(transitions: ReadonlyArray<Transition>, rows: ReadonlyMap<string, ScanRow>): NotificationView {
  const names = transitions.map((t) => `${rows.get(t.scanId)?.projectName ?? t.projectId}: ${statusLabel(t.status)}`);
  const shown = names.slice(0, 3).join('\n');
  const more = names.length > 3 ? `\n+${names.length - 3} more` : '';
  return { title: `ScanSight: ${transitions.length} scans changed`, message: shown + more, buttons: ['Open'] };
}
