import type { ControlledServer } from './reference-server.ts';

export interface ApiJob {
  id: string;
  scanId: string;
  status: string;
  [key: string]: unknown;
}

/** Reads a scan's jobs straight from the reference server's API, as the test's own ground truth. */
export async function jobsOf(server: ControlledServer, scanId: string): Promise<ApiJob[]> {
  const response = await fetch(`${server.url}/api/v1/scans/${encodeURIComponent(scanId)}/jobs`, {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  if (!response.ok) throw new Error(`GET jobs of ${scanId}: ${response.status}`);
  return ((await response.json()) as { data: ApiJob[] }).data;
}

/** Makes every job of a scan fail with `error` (through the control API), so the scan as a whole is Failed. */
export async function failEveryJob(server: ControlledServer, scanId: string, error: { code: string; message: string }): Promise<number> {
  const jobs = await jobsOf(server, scanId);
  for (const job of jobs) await server.control.transition({ scanId, jobId: job.id, status: 'failed', error });
  return jobs.length;
}
