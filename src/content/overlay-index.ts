/** Lookup tables over the background's {@link OverlayData}, built once per data update. */
import type { OverlayData, OverlayJob, OverlayProject, OverlayScan } from '../messages.ts';

export interface OverlayIndex {
  project(projectId: string): OverlayProject | undefined;
  scan(scanId: string): OverlayScan | undefined;
  /** A job by scan and job id (job ids are only unique within a scan). */
  job(scanId: string | null, jobId: string): OverlayJob | undefined;
  /** The failed (and timed-out) jobs of a scan; empty for an unknown scan. */
  failedJobs(scanId: string): readonly OverlayJob[];
  /** The rejected integration with this id, if its scans last failed authentication. */
  rejectedIntegration(integrationId: string): { integrationId: string; name: string } | undefined;
  /** The rejected integration whose cloud account id (as the dashboard shows it) is `accountUid`. */
  rejectedAccount(accountUid: string): { integrationId: string; name: string } | undefined;
}

/** Indexes `data` by id. */
export function indexOverlayData(data: OverlayData): OverlayIndex {
  const projects = new Map(data.projects.map((p) => [p.projectId, p]));
  const scans = new Map(data.scans.map((s) => [s.scanId, s]));
  // Nested maps, not `${scanId}/${jobId}` keys: a lookup per job row then builds no string.
  const jobsByScan = new Map<string, Map<string, OverlayJob>>();
  const jobsById = new Map<string, OverlayJob>();
  const failedByScan = new Map<string, OverlayJob[]>();
  for (const scan of data.scans) {
    failedByScan.set(scan.scanId, scan.jobs.filter((job) => job.failed));
    const jobs = new Map<string, OverlayJob>();
    for (const job of scan.jobs) {
      jobs.set(job.jobId, job);
      jobsById.set(job.jobId, job);
    }
    jobsByScan.set(scan.scanId, jobs);
  }
  const rejected = new Map(data.rejectedIntegrations.map((i) => [i.integrationId, i]));
  const rejectedByAccount = new Map(data.rejectedIntegrations.flatMap((i) => (i.accountUid ? [[i.accountUid, i] as const] : [])));
  return {
    project: (id) => projects.get(id),
    scan: (id) => scans.get(id),
    job: (scanId, jobId) => (scanId ? jobsByScan.get(scanId)?.get(jobId) : undefined) ?? jobsById.get(jobId),
    failedJobs: (scanId) => failedByScan.get(scanId) ?? [],
    rejectedIntegration: (id) => rejected.get(id),
    rejectedAccount: (uid) => rejectedByAccount.get(uid),
  };
}
