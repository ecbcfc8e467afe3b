/**
 * The built-in profile for the reference dashboard (server/, docs/dashboard-markup.md).
 * Only the hooks that document promises are relied on: data-* ids and link hrefs.
 */
import type { DashboardPage, DashboardProfile } from './types.ts';

const PROJECT_PATH = /^\/app\/projects\/([^/]+)\/history\/?$/;

/** The id in a data attribute; empty strings count as absent. */
function attr(element: Element, name: string): string | null {
  const value = element.getAttribute(name);
  return value ? value : null;
}

/** The project id in a link `/app/projects/{id}/…` inside a row, when the row has no data attribute. */
function projectIdFromLink(row: Element): string | null {
  const href = row.querySelector('a[href^="/app/projects/"]')?.getAttribute('href') ?? '';
  const segment = href.slice('/app/projects/'.length).split(/[/?#]/)[0];
  return segment ? decodeURIComponent(segment) : null;
}

/** Job rows by id through the selector engine; an engine that rejects the escaped id gets the rows filtered. */
function jobRowsById(root: Element, jobId: string): Element[] {
  try {
    return [...root.querySelectorAll(`tr[data-job-id="${CSS.escape(jobId)}"]`)];
  } catch {
    return [...root.querySelectorAll('tr[data-job-id]')].filter((row) => row.getAttribute('data-job-id') === jobId);
  }
}

function page(url: URL): DashboardPage | null {
  const path = url.pathname;
  if (path === '/app' || path === '/app/' || path === '/app/projects' || path === '/app/projects/') return 'projects';
  if (PROJECT_PATH.test(path)) return 'history';
  if (path === '/app/integrations' || path === '/app/integrations/') return 'integrations';
  return null;
}

/** The reference dashboard's profile. */
export const referenceProfile: DashboardProfile = {
  id: 'reference',
  source: 'scansight',
  matches: (url) => url.pathname === '/app' || url.pathname.startsWith('/app/'),
  selectors: {
    projectRow: '.accordion-item[data-project-id]',
    projectHeader: '.accordion-header',
    statusIcon: '.scan-status',
    jobRow: 'table.jobs tr[data-job-id]',
    jobList: 'table.jobs',
    jobNameCell: 'td.job-name',
    historyTable: 'table.history',
    historyRow: 'table.history tr[data-scan-id]',
    errorPanel: '[role=dialog].error-panel[data-scan-id]',
    providersTable: 'table.providers',
    providerRow: 'table.providers tr[data-integration-id]',
    rerunButton: 'button[data-action=rerun]',
  },
  read: {
    projectId: (row) => attr(row, 'data-project-id') ?? projectIdFromLink(row),
    scanId: (element) => attr(element, 'data-scan-id'),
    jobId: (row) => attr(row, 'data-job-id'),
    jobRowsById,
    integrationId: (row) => attr(row, 'data-integration-id'),
    accountUid: () => null,
  },
  urls: {
    page,
    projectId: (url) => {
      const id = PROJECT_PATH.exec(url.pathname)?.[1];
      return id ? decodeURIComponent(id) : null;
    },
    integrations: (origin) => `${origin}/app/integrations`,
    history: (origin, projectId) => `${origin}/app/projects/${encodeURIComponent(projectId)}/history`,
    // The seed dashboard has no page per connector: its list is where a connector is re-created.
    integration: (origin) => `${origin}/app/integrations`,
  },
  watchedAttributes: ['data-scan-id', 'data-status', 'data-job-id', 'data-project-id'],
  rowsReusedInPlace: false,
};
