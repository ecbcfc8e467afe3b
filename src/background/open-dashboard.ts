/** Opens a dashboard URL, reusing an open dashboard tab when there is one. */
import type { TabsPort } from '../platform/tabs.ts';
import { dashboardOrigin } from './dashboard-url.ts';

/** Focuses an open tab on the dashboard's origin (navigated to `url`), or opens a new one. */
export async function openInDashboard(tabs: TabsPort, dashboardUrl: string, url: string): Promise<void> {
  const origin = dashboardOrigin(dashboardUrl);
  const open = origin ? await tabs.query(`${origin}/*`).catch(() => []) : [];
  const tab = open[0];
  if (tab) await tabs.focus(tab, url);
  else await tabs.open(url);
}
