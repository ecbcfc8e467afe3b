/** Grouping of synced scans by project: each project's scans newest first, and its latest. */
import type { Scan } from '../../src/core/index.ts';

const newestFirst = (a: Scan, b: Scan) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id, 'en', { numeric: true }) : a.createdAt < b.createdAt ? 1 : -1);

/** Scans of one project, newest first. */
export function scansOfProject(scans: ReadonlyMap<string, Scan>, projectId: string): Scan[] {
  return [...scans.values()].filter((s) => s.projectId === projectId).sort(newestFirst);
}

/** The latest scan of every project that has one. */
export function latestByProject(scans: ReadonlyMap<string, Scan>): Map<string, Scan> {
  const latest = new Map<string, Scan>();
  for (const scan of scans.values()) {
    const current = latest.get(scan.projectId);
    if (!current || newestFirst(scan, current) < 0) latest.set(scan.projectId, scan);
  }
  return latest;
}
