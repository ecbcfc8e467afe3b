/** Tells open extension pages and dashboard tabs that something they show changed. */
import type { Broadcast, Settings } from '../messages.ts';
import type { Background } from './context.ts';
import { dashboardOrigin } from './dashboard-url.ts';
import { viewsChanged } from './views/kept-first-screen.ts';

/** Sends `{type:'changed', scope}` to extension pages and to content scripts on the dashboard origin. */
export async function broadcastChange(bg: Pick<Background, 'ports'>, scope: Broadcast['scope'], settings: Settings): Promise<void> {
  const message: Broadcast = { type: 'changed', scope };
  // Before anyone is told: a popup that asks again must not get rows or a screen from before the change.
  await viewsChanged(bg.ports.storage).catch(() => undefined);
  await bg.ports.runtime.broadcast(message);
  const origin = dashboardOrigin(settings.dashboardUrl);
  if (!origin) return;
  const tabs = await bg.ports.tabs.query(`${origin}/*`).catch(() => []);
  await Promise.all(tabs.map((tab) => bg.ports.tabs.send(tab.id, message)));
}
