/** Handlers that open things: a scan or project in the dashboard (reusing its tab), integrations, options. */
import { readScanFacts } from '../../cache/read-cache.ts';
import type { ActionResult, Settings } from '../../messages.ts';
import type { Background } from '../context.ts';
import { dashboardUrlFor, type DashboardTarget } from '../dashboard-url.ts';
import { openInDashboard } from '../open-dashboard.ts';
import type { Handler } from './handler.ts';

/** Opens `target` in the dashboard. Also used by notification clicks. */
export async function openTarget(bg: Background, settings: Settings, target: { scanId?: string; projectId?: string; page?: DashboardTarget['page'] }): Promise<ActionResult> {
  const scan = target.scanId ? ((await readScanFacts(await bg.cache.db(), target.scanId))?.scan ?? null) : null;
  if (target.scanId && !scan) return { ok: false, error: 'not_found' };
  const url = dashboardUrlFor(settings.dashboardUrl, { scan, ...(target.projectId ? { projectId: target.projectId } : {}), ...(target.page ? { page: target.page } : {}) });
  if (!url) return { ok: false, error: 'no_dashboard' };
  await openInDashboard(bg.ports.tabs, settings.dashboardUrl, url);
  return { ok: true };
}

export const openDashboardHandler: Handler<'open/dashboard'> = (bg, req, { settings }) => openTarget(bg, settings, req);

export const openIntegrationsHandler: Handler<'open/integrations'> = (bg, _req, { settings }) => openTarget(bg, settings, { page: 'integrations' });

export const openOptionsHandler: Handler<'open/options'> = async (bg) => {
  await bg.ports.runtime.openOptionsPage();
  return { ok: true };
};
