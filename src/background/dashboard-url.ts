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

/** The page part of a URL (origin and path, no trailing slash), or null when it is not a URL. */
function pageOf(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/**
 * Whether the dashboard page at `url` already shows `scan`'s status to whoever looks at it: the
 * dashboard's root or Projects page (every project's latest run), the project's history, or the
 * scan's own page. Query and hash are ignored; a page on another origin never counts.
 */
export function pageShowsScan(url: string | undefined, dashboardUrl: string, scan: Pick<Scan, 'id' | 'projectId' | 'dashboardUrl'>): boolean {
  const here = pageOf(url);
  if (here === null || dashboardOrigin(dashboardUrl) === null) return false;
  const pages = [
    pageOf(root(dashboardUrl).href),
    pageOf(dashboardUrlFor(dashboardUrl, { page: 'projects' })),
    pageOf(dashboardUrlFor(dashboardUrl, { projectId: scan.projectId, page: 'history' })),
    pageOf(dashboardUrlFor(dashboardUrl, { scan })),
  ];
  return pages.includes(here);
}
