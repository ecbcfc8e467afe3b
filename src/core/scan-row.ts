/** The popup list's row and view shapes: what the selection rules (select-rows.ts) work on. */
import type { ScanStatus } from './types.ts';

/** One row of the popup list: a scan with its derived status. */
export interface ScanRow {
  scanId: string;
  projectId: string;
  projectName: string;
  scanName: string;
  kind: string;
  status: ScanStatus;
  reason: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  jobCount: number;
  jobsDone: number;
  failedSoFar: number;
  /** Newest run of its project. */
  latest: boolean;
  acknowledged: boolean;
  muted: boolean;
  snoozedUntil: string | null;
  dashboardUrl: string | null;
  /** The scan's jobs are not fetched yet: its status comes from the lifecycle alone ('running' when unsure). */
  detailsPending?: boolean;
}

/** The popup list's filters. */
export type ListFilter = 'attention' | 'running' | 'all';

/** What the popup list shows: a filter, a search and a scope (its remembered prefs). */
export interface PopupView {
  filter: ListFilter;
  /** Case-insensitive, in project and scan names. */
  search: string;
  /** Every cached run, not only the latest per project. */
  allRuns: boolean;
}
