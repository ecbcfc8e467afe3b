/**
 * The demo default: the seed plus three busy projects that start a run every minute or two on the
 * simulated clock, with mostly healthy and occasionally throttled or timed-out jobs.
 */
import type { ServerState } from '../state.ts';
import { addIntegration, addProject } from './add-project.ts';
import { buildSeed } from './seed-scenarios.ts';
import { startRun } from '../simulation/start-run.ts';
import { advanceScan } from '../simulation/advance-scan.ts';

const BUSY = [
  { key: 'lively-web', name: 'Web storefront — AWS', provider: 'aws', accounts: ['901234567890'], everyMs: 75_000 },
  { key: 'lively-data', name: 'Data platform — Azure', provider: 'azure', accounts: ['c0ffee00-1234-4abc-9def-0123456789ab', 'deadbeef-4321-4cba-8fed-ba9876543210'], everyMs: 110_000 },
  { key: 'lively-ml', name: 'ML training — GCP', provider: 'gcp', accounts: ['ml-train-prod', 'ml-train-batch'], everyMs: 140_000 },
] as const;

/** Seed + busy projects with a few past runs each and auto-runs from `now` on. */
export function buildLively(state: ServerState, now: number): void {
  buildSeed(state, now);
  BUSY.forEach((busy, i) => {
    const integrationId = `i-${busy.key}`;
    addIntegration(state, { id: integrationId, provider: busy.provider, name: `${busy.provider}-${busy.key}`, createdAt: now - 90 * 86_400_000, lastAuthStatus: 'ok' });
    addProject(state, { id: `p-${busy.key}`, name: busy.name, provider: busy.provider, accounts: [...busy.accounts], profile: 'mixed', integrationId });
    for (let run = 4; run >= 1; run--) {
      const at = now - run * 3 * 3_600_000 - i * 600_000;
      advanceScan(startRun(state, `p-${busy.key}`, { at }), at + 3_600_000);
    }
    state.autoRuns.push({ projectId: `p-${busy.key}`, everyMs: busy.everyMs, nextAt: now + 5_000 + i * 20_000 });
  });
}
