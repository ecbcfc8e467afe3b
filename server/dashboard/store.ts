/**
 * The dashboard's data, refreshed every 2 s: projects and connectors, scans by incremental sync
 * (updatedSince the server's last time), and the jobs of the scans the visible rows need, re-fetched
 * only when a scan's updatedAt moved. Views subscribe and re-render on change.
 */
import type { Integration, Job, Project, Scan } from '../../src/core/index.ts';
import { fetchIntegrations, fetchJobs, fetchProjects, fetchScanPage } from './api.ts';

export interface DashboardData {
  loaded: boolean;
  error: string | null;
  projects: Project[];
  integrations: Integration[];
  scans: ReadonlyMap<string, Scan>;
  /** Jobs by scan id, with the scan's updatedAt they were fetched at. */
  jobs: ReadonlyMap<string, { updatedAt: string; jobs: Job[] }>;
  /** The server's (simulated) now, epoch ms. */
  serverNow: number;
}

const POLL_MS = 2_000;
let data: DashboardData = { loaded: false, error: null, projects: [], integrations: [], scans: new Map(), jobs: new Map(), serverNow: Date.now() };
let syncedUntil: string | null = null;
const listeners = new Set<() => void>();
const wanted = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;

function set(patch: Partial<DashboardData>): void {
  data = { ...data, ...patch };
  for (const listener of listeners) listener();
}

/** The current data. */
export const currentData = (): DashboardData => data;

/** Calls `listener` on every change; returns the unsubscribe. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Declares the scans whose jobs the visible view needs (replaces the previous set). */
export function wantJobs(scanIds: Iterable<string>): void {
  wanted.clear();
  for (const id of scanIds) wanted.add(id);
  void refreshJobs();
}

async function syncScans(): Promise<number | null> {
  const scans = new Map(data.scans);
  let cursor: string | null = null;
  let serverTime: number | null = null;
  do {
    const page: Awaited<ReturnType<typeof fetchScanPage>> = await fetchScanPage(syncedUntil, cursor);
    for (const scan of page.body.data) scans.set(scan.id, scan);
    cursor = page.body.nextCursor;
    serverTime ??= page.serverTime;
  } while (cursor);
  if (serverTime !== null) syncedUntil = new Date(serverTime).toISOString();
  set({ scans });
  return serverTime;
}

async function refreshJobs(): Promise<void> {
  const stale = [...wanted].filter((id) => {
    const scan = data.scans.get(id);
    return scan && data.jobs.get(id)?.updatedAt !== scan.updatedAt;
  });
  if (stale.length === 0) return;
  const fetched = await Promise.all(stale.map(async (id) => [id, data.scans.get(id)!.updatedAt, (await fetchJobs(id)).body.data] as const));
  const jobs = new Map(data.jobs);
  for (const [id, updatedAt, list] of fetched) jobs.set(id, { updatedAt, jobs: list });
  set({ jobs });
}

/** Fetches everything now (also after an action), then keeps polling. */
export async function refresh(): Promise<void> {
  clearTimeout(timer);
  try {
    const [projects, integrations] = await Promise.all([fetchProjects(), fetchIntegrations()]);
    const serverNow = (await syncScans()) ?? projects.serverTime ?? Date.now();
    set({ projects: projects.body.data, integrations: integrations.body.data, serverNow, loaded: true, error: null });
    await refreshJobs();
  } catch (error) {
    set({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    timer = setTimeout(() => void refresh(), POLL_MS);
  }
}
