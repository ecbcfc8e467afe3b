/**
 * Which scans' jobs and error logs a sync pass fetches, in what order, and in which requests: the
 * details queue (most useful first) and its plan (many never-fetched scans per bulk request, scans
 * with cached details one by one so their ETags make an unchanged one a cheap 304).
 */
import type { CacheFacts } from '../cache/read-cache.ts';
import { latestScanIds } from './scan-rows.ts';
import { activeScanIds, unfinishedScanIds } from './active-scans.ts';

/** One details request: one scan (conditional, by its ETags) or several never-fetched scans at once. */
export type DetailRequest = { kind: 'one'; scanId: string } | { kind: 'bulk'; scanIds: string[] };

/**
 * Scans whose jobs and errors to fetch, most useful first: still-running scans (revalidated by ETag,
 * cheap), then each project's latest run (it drives the badge and notifications), then newest first.
 * `facts` holds every scan (readStatuses); statuses come from the compact job facts.
 */
export function detailsQueue(facts: CacheFacts): { queue: string[]; etags: Record<string, string>; jobCounts: Map<string, number> } {
  const latest = new Set(latestScanIds(facts.scans));
  const created = new Map<string, string>();
  const jobCounts = new Map<string, number>();
  for (const s of facts.scans) {
    created.set(s.id, s.createdAt);
    jobCounts.set(s.id, s.jobCount);
  }
  const unfinished = new Set(unfinishedScanIds(facts.scans));
  const pending = [...facts.sync.pendingDetails].sort((a, b) => {
    if (latest.has(a) !== latest.has(b)) return latest.has(a) ? -1 : 1;
    const x = created.get(a) ?? '';
    const y = created.get(b) ?? '';
    return x < y ? 1 : x > y ? -1 : 0;
  });
  const active = activeScanIds(facts.scans.filter((s) => unfinished.has(s.id)), facts.attemptsByScan);
  return { queue: [...new Set([...active, ...pending])], etags: facts.sync.etags, jobCounts };
}

/** Consecutive runs of `items`, each at most `size` long and, past its first item, at most `budget` in weight. */
export function chunks<T>(items: T[], size: number, weight: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = weight(item);
    if (current.length > 0 && (current.length >= size || load + w > budget)) {
      out.push(current);
      current = [];
      load = 0;
    }
    current.push(item);
    load += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The requests for `batch` (queue order kept within each group): where the source fetches in bulk,
 * never-fetched scans go `perRequest` to a request and at most `jobsPerRequest` jobs past the first
 * scan; scans with cached details, and every scan of a source without bulk requests, go one by one.
 */
export function planDetailRequests(
  batch: readonly string[],
  plan: { bulk: boolean; perRequest: number; jobsPerRequest: number; known: (scanId: string) => boolean; jobsOf: (scanId: string) => number },
): DetailRequest[] {
  const one = (scanId: string): DetailRequest => ({ kind: 'one', scanId });
  if (!plan.bulk) return batch.map(one);
  const fresh = chunks(batch.filter((id) => !plan.known(id)), plan.perRequest, plan.jobsOf, plan.jobsPerRequest);
  return [...fresh.map((scanIds): DetailRequest => ({ kind: 'bulk', scanIds })), ...batch.filter(plan.known).map(one)];
}
