/**
 * What a notification says, and the ids that let a click find its scan again. Plain data, no I/O: the
 * text comes from `t` (chrome.i18n in the worker, the real messages.json in tests).
 */
import { redactSecrets, type Transition } from '../core/index.ts';
import { statusText } from '../platform/translate-ref.ts';
import type { ScanRow } from '../messages.ts';
import type { NotificationView } from '../platform/notifications.ts';
import type { Translate } from '../platform/i18n.ts';

const PREFIX = 'scansight:';

/** The notification id for a scan's transition (one per scan: a newer transition replaces an older one). */
export function scanNotificationId(scanId: string): string {
  return `${PREFIX}scan:${scanId}`;
}

/** The id of the "several scans need attention" summary. */
export const SUMMARY_NOTIFICATION_ID = `${PREFIX}summary`;

/** The id of the options page's test notification (a click on it does nothing but close it). */
export const TEST_NOTIFICATION_ID = `${PREFIX}test`;

/** The test notification: what a real one looks like, and that they get through. */
export function testView(t: Translate): NotificationView {
  return { title: t('notification_testTitle'), message: t('notification_testMessage'), buttons: [] };
}

/** Parses an id this module made; null for anything else. */
export function parseNotificationId(id: string): { kind: 'scan'; scanId: string } | { kind: 'summary' } | null {
  if (id === SUMMARY_NOTIFICATION_ID) return { kind: 'summary' };
  if (id.startsWith(`${PREFIX}scan:`)) return { kind: 'scan', scanId: id.slice(`${PREFIX}scan:`.length) };
  return null;
}

/** Button order is fixed: index 0 opens, index 1 re-runs. */
export const BUTTON_OPEN = 0;
export const BUTTON_RERUN = 1;

/** Whether a transition is a failure (the ones that carry a Re-run button and a cause). */
export function isFailing(transition: Transition): boolean {
  return transition.kind === 'broken' || transition.kind === 'still_failing';
}

/**
 * One transition's notification (short plain text: the OS shows it). `cause`, for a failure, is what
 * its error logs say went wrong (notification-cause.ts), on a line of its own.
 */
export function transitionView(transition: Transition, row: ScanRow | undefined, canRerun: boolean, t: Translate, cause: string | null = null): NotificationView {
  const failing = isFailing(transition);
  const text = [t(`notification_headline_${transition.kind}`), row?.scanName ?? transition.scanId];
  const jobs = failing && row && row.jobCount > 0;
  const message = jobs ? t('notification_messageJobsFailed', [...text, String(row.failedSoFar), String(row.jobCount)]) : t('notification_message', text);
  return {
    title: t('notification_title', [statusText(transition.status, t), row?.projectName ?? transition.projectId]),
    // The cause is derived from log text: redacted before it reaches the OS notification centre.
    message: failing && cause ? t('notification_messageWithCause', [message, redactSecrets(cause)]) : message,
    buttons: failing && canRerun ? [t('notification_open'), t('notification_rerun')] : [t('notification_open')],
  };
}

/** One notification standing for many transitions: the first three, then how many more. */
export function summaryView(transitions: ReadonlyArray<Transition>, rows: ReadonlyMap<string, ScanRow>, t: Translate): NotificationView {
  const lines = transitions.slice(0, 3).map((x) => t('notification_summaryLine', [rows.get(x.scanId)?.projectName ?? x.projectId, statusText(x.status, t)]));
  if (transitions.length > 3) lines.push(t('notification_summaryMore', String(transitions.length - 3)));
  return { title: t('notification_summaryTitle', String(transitions.length)), message: lines.join('\n'), buttons: [t('notification_open')] };
}
