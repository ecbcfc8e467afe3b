/** What a click on one of our notifications does: open the scan in the dashboard, or re-run it. */
import type { Background } from './context.ts';
import { loadSettings } from './settings-store.ts';
import { BUTTON_RERUN, parseNotificationId } from './notification-view.ts';
import { openTarget } from './handlers/open-handlers.ts';
import { rerunScan } from './handlers/action-handlers.ts';

/** Handles a click on the notification body (buttonIndex undefined) or one of its buttons. */
export async function onNotificationAction(bg: Background, notificationId: string, buttonIndex?: number): Promise<void> {
  const parsed = parseNotificationId(notificationId);
  if (!parsed) return;
  const { settings } = await loadSettings(bg.ports.storage);
  if (parsed.kind === 'scan' && buttonIndex === BUTTON_RERUN) await rerunScan(bg, parsed.scanId, settings);
  else if (parsed.kind === 'scan') await openTarget(bg, settings, { scanId: parsed.scanId });
  else await openTarget(bg, settings, { page: 'projects' });
  await bg.ports.notifications.clear(notificationId).catch(() => undefined);
}
