/**
 * The profile for Prowler App's own web UI (github.com/prowler-cloud/prowler, `ui/`; proven on
 * 3e000faa, see src/content/fixtures/prowler/NOTES.md). Its tables carry no id attributes and no
 * links: a scan row shows its id as text after an "ID:" label, a provider row its cloud account id
 * after "UID:". Rows are React rows keyed by index, re-rendered in place with another scan's text
 * when the list changes (auto-refresh every 5 s while a scan runs), so text changes are watched. The
 * error dialog names no scan: it is tied to the row whose actions menu opened it.
 */
import { createMenuOrigin } from './menu-origin.ts';
import { cellUnderHeader } from './column-cell.ts';
import { labelledValue, scanIdFromLinks } from './labelled-value.ts';
import type { DashboardPage, DashboardProfile } from './types.ts';

const NOTHING = ':not(*)';
/** Body rows of the page's table, never the rows ScanSight inserts. */
const ROW = 'table:not([hidden]) > tbody > tr:not([data-scansight-added])';
const SCAN_ID_LABEL = /^(scan\s*)?id\s*:?$/i;
const UID_LABEL = /^(provider\s*|account\s*)?uid\s*:?$/i;
/** Prowler's "Launch Scan" (sidebar and Scans page): how a scan is run again there. */
const LAUNCH = /^(launch|start|run)\s+(a\s+|new\s+)?scan$/i;
/** The row-menu item that opens the error dialog ("View error details"). */
const ERROR_ITEM = /error/i;

function scanIdOfRow(row: Element): string | null {
  return row.getAttribute('data-scan-id') || labelledValue(row, SCAN_ID_LABEL) || scanIdFromLinks(row, location.href);
}

const menuOrigin = createMenuOrigin(ROW, scanIdOfRow);

function page(url: URL): DashboardPage | null {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/scans') return 'scans';
  if (path === '/providers') return 'integrations';
  return null;
}

/** One provider id from a `filter[provider__in]` or `filter[provider]` query, as Prowler's own links set it. */
function providerFilter(url: URL): string | null {
  const value = url.searchParams.get('filter[provider__in]') ?? url.searchParams.get('filter[provider]');
  return value && !value.includes(',') ? value : null;
}

/** Prowler App's profile. */
export const prowlerProfile: DashboardProfile = {
  id: 'prowler',
  source: 'prowler',
  // Any page of the app: the overlay idles where `page` is null and wakes on client-side navigation.
  matches: () => true,
  selectors: {
    projectRow: NOTHING,
    projectHeader: NOTHING,
    statusIcon: 'td [data-slot="badge"]', // the first badge in a row is the Resources count: use read.statusCell
    jobRow: NOTHING,
    jobList: NOTHING,
    jobNameCell: NOTHING,
    historyTable: 'table:not([hidden])',
    historyRow: ROW,
    errorPanel: '[role="dialog"]',
    providersTable: 'table:not([hidden])',
    providerRow: ROW,
    rerunButton: null,
  },
  read: {
    projectId: () => null,
    scanId: (element) => (element.matches('[role="dialog"]') ? menuOrigin.idFor(ERROR_ITEM) : scanIdOfRow(element)),
    jobId: () => null,
    jobRowsById: () => [],
    integrationId: (row) => row.getAttribute('data-provider-id') || null,
    accountUid: (row) => labelledValue(row, UID_LABEL),
    launchControl: (doc) =>
      [...doc.querySelectorAll<HTMLElement>('button, a[href]')].find((e) => LAUNCH.test((e.getAttribute('aria-label') ?? e.textContent ?? '').trim())) ?? null,
    statusCell: (row) => cellUnderHeader(row, /^(scan\s*)?(status|state)$/i),
  },
  urls: {
    page,
    projectId: providerFilter,
    integrations: (origin) => `${origin}/providers`,
    history: (origin, projectId) => `${origin}/scans?filter[provider__in]=${encodeURIComponent(projectId)}`,
    // The Providers page filtered to the one account: its row menu holds "Update Credentials".
    // Prowler's own name for the page, shown as its UI shows it (not translated).
    integrationPage: 'Providers',
    integration: (origin, { accountUid }) => (accountUid ? `${origin}/providers?filter[uid]=${encodeURIComponent(accountUid)}` : `${origin}/providers`),
  },
  watchedAttributes: [],
  rowsReusedInPlace: true,
  attach: (doc) => menuOrigin.attach(doc),
};
