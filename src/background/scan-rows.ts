/**
 * Derived per-scan views from cached facts: status via the core's aggregation, latest-run flags,
 * user marks. Computed on every read; nothing here is stored.
 */
import { aggregateScanStatus, type AggregateResult, type Scan } from '../core/index.ts';
import { durationMs } from '../core/job-duration.ts';
import { normalizeLifecycle } from '../core/normalize-status.ts';
import { compareTimes } from '../core/time.ts';
import { isSnoozed } from '../core/snooze.ts';
import type { CacheFacts } from '../cache/read-cache.ts';
import type { ScanRow } from '../messages.ts';

/** A scan's status, and whether its jobs are still to be fetched (then only the lifecycle speaks). */
export type ScanStatusResult = AggregateResult & { detailsPending?: true };

/** Lifecycles whose status no job can contradict (submitting is running whatever its jobs say). */
const CERTAIN_LIFECYCLES: ReadonlySet<string> = new Set(['created', 'submission_failed', 'stopped', 'submitting']);

/**
 * The aggregate status of a cached scan. Before its jobs are fetched, a status the jobs might
 * contradict is never claimed (zero jobs would read as a submission error): the scan shows as running,
 * "jobs not loaded yet", marked `detailsPending` (kept out of the badge count and notifications).
 */
export function statusOf(facts: Pick<CacheFacts, 'attemptsByScan'>, scan: Scan, now: number): ScanStatusResult {
  const attempts = facts.attemptsByScan.get(scan.id);
  const result = aggregateScanStatus(scan, attempts ?? [], { now, startedAt: scan.startedAt });
  if (attempts || CERTAIN_LIFECYCLES.has(normalizeLifecycle(scan.lifecycle).value)) return result;
  return { status: 'running', counts: result.counts, failedSoFar: 0, reason: 'jobs not loaded yet', detailsPending: true };
}

// Views ask per project over the same scan list: group it once per list (callers must not mutate).
const grouped = new WeakMap<ReadonlyArray<Scan>, Map<string, Scan[]>>();

/** Scans grouped by project, newest first (memoized per list: do not mutate the result). */
export function runsByProject(scans: ReadonlyArray<Scan>): Map<string, Scan[]> {
  const known = grouped.get(scans);
  if (known) return known;
  const map = new Map<string, Scan[]>();
  for (const scan of scans) {
    const runs = map.get(scan.projectId);
    if (runs) runs.push(scan);
    else map.set(scan.projectId, [scan]);
  }
  for (const runs of map.values()) runs.sort((a, b) => compareTimes(b.createdAt, a.createdAt) || (a.id < b.id ? 1 : -1));
  grouped.set(scans, map);
  return map;
}

/** Ids of the newest run of each project, from scan records alone. */
export function latestScanIds(scans: ReadonlyArray<Scan>): string[] {
  return [...runsByProject(scans).values()].map((runs) => runs[0]!.id);
}

/** The newest run of each project. */
export function latestScans(facts: CacheFacts): Scan[] {
  return [...runsByProject(facts.scans).values()].map((runs) => runs[0]!).filter(Boolean);
}

/** The fields of a row its status decides: all a running row needs re-derived as time passes (the orphan note). */
export function statusFields(
  facts: Pick<CacheFacts, 'attemptsByScan'>,
  scan: Scan,
  now: number,
): Pick<ScanRow, 'status' | 'reason' | 'jobCount' | 'jobsDone' | 'failedSoFar' | 'detailsPending'> {
  const result = statusOf(facts, scan, now);
  const c = result.counts;
  return {
    status: result.status,
    reason: result.reason ?? null,
    jobCount: Math.max(scan.jobCount, c.total),
    jobsDone: c.total - c.queued - c.running,
    failedSoFar: result.failedSoFar,
    ...(result.detailsPending ? { detailsPending: true } : {}),
  };
}

/** One popup row per cached scan. */
export function scanRows(facts: CacheFacts, now: number): ScanRow[] {
  const projects = new Map(facts.projects.map((p) => [p.id, p]));
  const latest = new Set(latestScans(facts).map((s) => s.id));
  return facts.scans.map((scan) => {
    const pref = facts.prefs.get(scan.projectId);
    const { detailsPending, ...status } = statusFields(facts, scan, now);
    return {
      scanId: scan.id,
      projectId: scan.projectId,
      projectName: projects.get(scan.projectId)?.name ?? scan.projectId,
      scanName: scan.name,
      kind: scan.kind,
      status: status.status,
      reason: status.reason,
      createdAt: scan.createdAt,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      durationMs: durationMs(scan),
      jobCount: status.jobCount,
      jobsDone: status.jobsDone,
      failedSoFar: status.failedSoFar,
      latest: latest.has(scan.id),
      acknowledged: facts.marks.has(scan.id),
      muted: pref?.muted ?? false,
      snoozedUntil: isSnoozed(pref?.snoozedUntil, now) ? (pref?.snoozedUntil ?? null) : null,
      dashboardUrl: scan.dashboardUrl,
      ...(detailsPending ? { detailsPending: true } : {}),
    };
  });
}
