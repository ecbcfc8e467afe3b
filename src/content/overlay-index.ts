/** Lookup tables over the background's {@link OverlayData}, built once per data update. */
import type { OverlayData, OverlayJob, OverlayProject, OverlayScan } from '../messages.ts';

export interface OverlayIndex {
  project(projectId: string): OverlayProject | undefined;
  scan(scanId: string): OverlayScan | undefined;
  /** A job by scan and job id (job ids are only unique within a scan). */
  job(scanId: string | null, jobId: string): OverlayJob | undefined;
  /** The rejected integration with this id, if its scans last failed authentication. */
  rejectedIntegration(integrationId: string): { integrationId: string; name: string } | undefined;
}

/** Indexes `data` by id. */
export function indexOverlayData(data: OverlayData): OverlayIndex {
  const projects = new Map(data.projects.map((p) => [p.projectId, p]));
  const scans = new Map(data.scans.map((s) => [s.scanId, s]));
  const jobs = new Map<string, OverlayJob>();
  const jobsById = new Map<string, OverlayJob>();
  for (const scan of data.scans) {
    for (const job of scan.jobs) {
      jobs.set(`${scan.scanId}\u0000${job.jobId}`, job);
      jobsById.set(job.jobId, job);
    }
  }
  const rejected = new Map(data.rejectedIntegrations.map((i) => [i.integrationId, i]));
  return {
    project: (id) => projects.get(id),
    scan: (id) => scans.get(id),
    job: (scanId, jobId) => (scanId ? jobs.get(`${scanId}\u0000${jobId}`) : undefined) ?? jobsById.get(jobId),
    rejectedIntegration: (id) => rejected.get(id),
  };
}
