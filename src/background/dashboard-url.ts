/**
 * Where the dashboard shows a scan or project (docs/dashboard-markup.md routes). Only http(s) URLs on
 * the configured dashboard origin are ever opened; an API-supplied link elsewhere is ignored.
 */
import type { Scan } from '../core/index.ts';

export interface DashboardTarget {
  scan?: Pick<Scan, 'id' | 'projectId' | 'dashboardUrl'> | null;
  projectId?: string;
  page?: 'projects' | 'history' | 'errors' | 'integrations';
}

/** The dashboard's origin, or null when the setting is not an http(s) URL. */
export function dashboardOrigin(dashboardUrl: string): string | null {
  try {
    const url = new URL(dashboardUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The dashboard root: the configured URL, or `<origin>/app/` when only an origin was given. */
function root(dashboardUrl: string): URL {
  const url = new URL(dashboardUrl);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/app/';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** The URL to open for `target`, or null when no dashboard is configured. */
export function dashboardUrlFor(dashboardUrl: string, target: DashboardTarget): string | null {
  const origin = dashboardOrigin(dashboardUrl);
  if (origin === null) return null;
  const scan = target.scan;
  if (scan?.dashboardUrl && target.page !== 'integrations' && dashboardOrigin(scan.dashboardUrl) === origin) return scan.dashboardUrl;
  const base = root(dashboardUrl);
  const projectId = scan?.projectId ?? target.projectId;
  if (target.page === 'integrations') return new URL('integrations', base).href;
  if (!projectId || target.page === 'projects') return new URL('projects', base).href;
  const url = new URL(`projects/${encodeURIComponent(projectId)}/history`, base);
  if (scan) url.searchParams.set('scan', scan.id);
  return url.href;
}
