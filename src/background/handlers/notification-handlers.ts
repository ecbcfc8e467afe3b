/**
 * "I get no notifications": show a test one and say what the browser answers for ScanSight, and list
 * what the notifier did with the latest transitions (shown, or held back and why).
 */
import { readRecentLedger } from '../../cache/read-cache.ts';
import { TEST_NOTIFICATION_ID, testView } from '../notification-view.ts';
import type { Handler } from './handler.ts';

/** Transitions the options page lists. */
export const RECENT_NOTIFICATIONS = 10;

export const notificationTestHandler: Handler<'notifications/test'> = async (bg) => {
  const { notifications } = bg.ports;
  const permission = await notifications.permission().catch(() => 'unknown' as const);
  // A previous test still on screen would swallow this one (same id): clear it first.
  await notifications.clear(TEST_NOTIFICATION_ID).catch(() => undefined);
  const shown = await notifications.show(TEST_NOTIFICATION_ID, testView(notifications.t)).then(() => true, () => false);
  return { ok: true, permission, shown };
};

export const recentNotificationsHandler: Handler<'notifications/recent'> = async (bg) => {
  const entries = await readRecentLedger(await bg.cache.db(), RECENT_NOTIFICATIONS);
  return entries.map(({ at, kind, outcome, scanId, scanName, projectName }) => ({ at, kind, outcome, scanId, scanName, projectName }));
};
