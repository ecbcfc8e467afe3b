/**
 * The facts of a reference-server scenario (projects, integrations, scans with their jobs and error
 * logs), built in-process from the server's own scenario code, for filling a cache directly.
 */
import type { ErrorLog, Integration, Job, Project, Scan } from '../../src/core/index.ts';
import { createWorld } from '../../server/world.ts';
import { createSimClock } from '../../server/sim-clock.ts';
import { errorsOf, jobsOf } from '../../server/state.ts';

export interface ScenarioFacts {
  projects: Project[];
  integrations: Integration[];
  /** Oldest update first, as the API lists them. */
  scans: Array<{ scan: Scan; jobs: Job[]; errors: ErrorLog[] }>;
}

/** The scenario's facts; `latestOnly` keeps each project's newest run. */
export function scenarioFacts(scenario: string, origin: string, options: { latestOnly?: boolean } = {}): ScenarioFacts {
  const world = createWorld({ scenario, clock: createSimClock(0), origin });
  const { state } = world;
  const records = [...state.scans.values()];
  const newest = new Map<string, Scan>();
  for (const { scan } of records) {
    const seen = newest.get(scan.projectId);
    if (!seen || scan.createdAt > seen.createdAt) newest.set(scan.projectId, scan);
  }
  const kept = options.latestOnly ? records.filter((r) => newest.get(r.scan.projectId) === r.scan) : records;
  kept.sort((a, b) => (a.scan.updatedAt < b.scan.updatedAt ? -1 : a.scan.updatedAt > b.scan.updatedAt ? 1 : a.scan.id < b.scan.id ? -1 : 1));
  return {
    projects: [...state.projects.values()].map((p) => p.project),
    integrations: [...state.integrations.values()],
    scans: kept.map((record) => ({ scan: record.scan, jobs: jobsOf(record).map((j) => j.job), errors: errorsOf(record) })),
  };
}
