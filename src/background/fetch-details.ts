/** Fetching a scan's jobs and error logs: one scan (conditional) or several at once where the source can. */
import type { ScanSource } from '../sources/scan-source.ts';
import { SourceError } from '../sources/scan-source.ts';
import type { ScanDetailsWrite } from '../cache/write-facts.ts';

/** Fetches one scan's jobs and error logs (conditional); a scan gone upstream yields an empty no-op write. */
export async function fetchDetails(
  source: ScanSource,
  scanId: string,
  etags: Record<string, string>,
  hint: (h: { pollIntervalMs?: number }) => void,
): Promise<ScanDetailsWrite> {
  try {
    const [jobs, errors] = await Promise.all([
      source.listJobs(scanId, { etag: etags[`jobs:${scanId}`] ?? null }),
      source.listErrors(scanId, { etag: etags[`errors:${scanId}`] ?? null }),
    ]);
    hint(jobs.hints);
    return {
      scanId,
      jobs: jobs.status === 'ok' ? { items: jobs.data, etag: jobs.etag } : 'not_modified',
      errors: errors.status === 'ok' ? { items: errors.data, etag: errors.etag } : 'not_modified',
    };
  } catch (error) {
    // A scan deleted upstream has no details to fetch: drop it from the queue, keep going.
    if (!(error instanceof SourceError && error.code === 'not_found')) throw error;
    return { scanId, jobs: 'not_modified', errors: 'not_modified' };
  }
}

/**
 * Fetches the details of several never-fetched scans in one request; null when the source has no bulk
 * request (the caller asks per scan). A scan the API left out is gone upstream: an empty no-op write.
 */
export async function fetchDetailsInBulk(
  source: ScanSource,
  scanIds: string[],
  hint: (h: { pollIntervalMs?: number }) => void,
): Promise<ScanDetailsWrite[] | null> {
  const result = source.listScanDetails ? await source.listScanDetails(scanIds) : null;
  if (result === null) return null;
  hint(result.hints);
  const byId = new Map(result.details.map((d) => [d.scanId, d]));
  return scanIds.map((scanId): ScanDetailsWrite => {
    const d = byId.get(scanId);
    return d
      ? { scanId, jobs: { items: d.jobs, etag: d.jobsEtag }, errors: { items: d.errors, etag: d.errorsEtag } }
      : { scanId, jobs: 'not_modified', errors: 'not_modified' };
  });
}
