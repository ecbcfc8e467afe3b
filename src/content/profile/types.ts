/**
 * The dashboard-profile format: everything the overlay knows about one dashboard's markup.
 * Features never hold a selector or parse a URL themselves; they ask the profile. A profile for
 * another dashboard is one new file of this shape (see docs/dashboard-profiles.md).
 */
import type { SourceType } from '../../messages.ts';

/**
 * The pages the overlay annotates: `projects` (one row per project, its latest scan's jobs inside),
 * `history` (one project's runs), `scans` (every scan, one row each, annotated row by row: Prowler
 * App's Scans page) and `integrations` (saved connectors / cloud providers).
 */
export type DashboardPage = 'projects' | 'history' | 'scans' | 'integrations';

/** CSS selectors, each matching the dashboard's own elements (never ScanSight's). */
export interface ProfileSelectors {
  /** A project row on the Projects page. */
  projectRow: string;
  /** Inside a project row: the header the status chip and hint are placed after/in. Optional hook. */
  projectHeader: string;
  /** Inside a project row (or a history row): the status icon the chip is placed beside. */
  statusIcon: string;
  /** A job row of an expanded job list. */
  jobRow: string;
  /** An expanded job list (holding job rows of one scan): failed jobs are looked up per list. */
  jobList: string;
  /** Inside a job row: the cell the error-kind chip is appended to (falls back to the first cell). */
  jobNameCell: string;
  /** The History tab's table (or the Scans page's table). */
  historyTable: string;
  /** A row of the History table (or of the Scans page: one scan each). */
  historyRow: string;
  /** The error log panel (three-dot menu → Error). */
  errorPanel: string;
  /** The Connected Providers table. */
  providersTable: string;
  /** A connector row on Connected Providers. */
  providerRow: string;
  /** Inside a project or history row: the dashboard's own Re-run button (focused, never clicked); null when rows have none. */
  rerunButton: string | null;
}

/** Reads ids from elements: the stable hooks (data attributes, hrefs), never visible labels. */
export interface ProfileReaders {
  /** Project id of a project row. */
  projectId(row: Element): string | null;
  /** Id of the scan a row (project, job, history row or error panel) belongs to. */
  scanId(element: Element): string | null;
  /** Job id of a job row. */
  jobId(row: Element): string | null;
  /** The job rows for `jobId` inside `root` (found by the browser's selector engine, not by reading each row). */
  jobRowsById(root: Element, jobId: string): Element[];
  /** Integration id of a connector row. */
  integrationId(row: Element): string | null;
  /**
   * The dashboard's own control that starts a new scan, for dashboards without a Re-run button per
   * row (Prowler: "Launch Scan"); the card's Re-run brings it into focus, never clicks it. Optional.
   */
  launchControl?(doc: Document): HTMLElement | null;
  /** The cell of a table row showing its status (found by the column's header), where a chip can sit; optional. */
  statusCell?(row: Element): Element | null;
  /** The cloud account id a connector row shows (Prowler: the provider's UID), for rows that carry no integration id. */
  accountUid(row: Element): string | null;
}

/** Where the overlay is and where its links go. */
export interface ProfileUrls {
  /** Which page a URL shows, or null when the overlay has nothing to do there. */
  page(url: URL): DashboardPage | null;
  /** The project a URL is about (History tab), or null. */
  projectId(url: URL): string | null;
  /** Integrations → Connected Providers. */
  integrations(origin: string): string;
  /** A project's History tab (Prowler: the Scans page filtered to the provider). */
  history(origin: string, projectId: string): string;
  /** Where one integration's credentials are fixed (the integrations page when it cannot point at one). */
  integration(origin: string, ref: { integrationId: string | null; accountUid: string | null }): string;
  /** The dashboard's own name for the page `integration` opens, as its UI shows it (untranslated); absent = ScanSight's localised link text. */
  integrationPage?: string;
}

/** One dashboard's profile. */
export interface DashboardProfile {
  /** Stable name, e.g. `reference`. */
  id: string;
  /** The source whose dashboard this is: chosen when that source is configured. */
  source: SourceType;
  /** True when this profile understands the page at `url` (origin already matched by registration). */
  matches(url: URL): boolean;
  selectors: ProfileSelectors;
  read: ProfileReaders;
  urls: ProfileUrls;
  /**
   * Attributes whose change means a watched element now shows different data (re-annotate it).
   * Rows replaced wholesale need nothing here.
   */
  watchedAttributes: string[];
  /** True when the page re-renders rows in place with another item's text: watch text changes too. */
  rowsReusedInPlace: boolean;
  /**
   * Optional per-document tracking the readers need (e.g. which row's menu opened a dialog that
   * carries no id); returns its teardown.
   */
  attach?(doc: Document): () => void;
}
