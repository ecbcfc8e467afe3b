/** Tells open extension pages and dashboard tabs that something they show changed, then writes the popup's view. */
import type { Broadcast, Settings } from '../messages.ts';
import type { CacheFacts } from '../cache/read-cache.ts';
import type { Background } from './context.ts';
import { dashboardOrigin } from './dashboard-url.ts';
import { writePopupView } from './views/popup-view-writer.ts';

/**
 * Sends `{type:'changed', scope}` to extension pages and to content scripts on the dashboard origin,
 * then writes the popup's materialized view from `facts` (the cache read after the change, when the
 * caller has it) or a fresh read. Until it is written, a popup that opens finds the view one change
 * behind the cache's counter: it paints it as refreshing and asks the worker.
 */
export async function broadcastChange(bg: Pick<Background, 'ports' | 'cache' | 'now'>, scope: Broadcast['scope'], settings: Settings, facts?: CacheFacts): Promise<void> {
  const message: Broadcast = { type: 'changed', scope };
  await bg.ports.runtime.broadcast(message);
  const origin = dashboardOrigin(settings.dashboardUrl);
  const tabs = origin ? await bg.ports.tabs.query(`${origin}/*`).catch(() => []) : [];
  await Promise.all(tabs.map((tab) => bg.ports.tabs.send(tab.id, message)));
  await writePopupView(bg, settings, facts).catch(() => undefined);
}
