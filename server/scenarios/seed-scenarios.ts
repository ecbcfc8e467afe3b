/**
 * The seed's scenarios, one project each, with stable ids: project `p-<name>`, its scans
 * `s-<name>-<n>` (oldest first), jobs `j-<name>-<n>-<kk>`, error logs `e-<name>-<n>-<kk>` (or
 * `-submit`), connector `i-<name>`. Each builds its history in the past of `now`; the world then
 * advances it to now. What a Run / Re-run does next is the project's profile (see run-outcomes.ts).
 */
import type { ServerState } from '../state.ts';
import { addIntegration, addProject, type ProjectSpec } from './add-project.ts';
import { createScan, startRun } from '../simulation/start-run.ts';
import { advanceScan } from '../simulation/advance-scan.ts';
import { stopScan } from '../simulation/transitions.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Builder = (state: ServerState, now: number) => void;

/** A project with its own connector, created a month before `now`. */
function project(state: ServerState, now: number, spec: Omit<ProjectSpec, 'id' | 'integrationId'> & { key: string; authFailed?: boolean }) {
  const integrationId = `i-${spec.key}`;
  const provider = spec.provider;
  addIntegration(state, { id: integrationId, provider, name: `${provider}-${spec.key}`, createdAt: now - 30 * DAY, lastAuthStatus: spec.authFailed ? 'failed' : 'ok' });
  return addProject(state, { ...spec, id: `p-${spec.key}`, integrationId });
}

export const SEED_SCENARIOS: Readonly<Record<string, Builder>> = {
  'partial-36': (state, now) => {
    project(state, now, { key: 'partial-36', name: 'Payments — AWS production', provider: 'aws', accounts: ['123456789012'], profile: 'one-fails' });
    startRun(state, 'p-partial-36', { at: now - 2 * HOUR });
  },
  'invalid-credentials': (state, now) => {
    project(state, now, { key: 'invalid-credentials', name: 'Marketing — AWS sandbox', provider: 'aws', accounts: ['210987654321'], profile: 'healthy', authFailed: true });
    startRun(state, 'p-invalid-credentials', { at: now - 3 * HOUR });
  },
  'submission-error': (state, now) => {
    project(state, now, { key: 'submission-error', name: 'Data lake — AWS analytics', provider: 'aws', accounts: ['345678901234'], profile: 'healthy' });
    startRun(state, 'p-submission-error', { at: now - 90 * MIN, profile: 'submission-error' });
  },
  'not-started': (state, now) => {
    project(state, now, { key: 'not-started', name: 'Research — GCP', provider: 'gcp', accounts: ['research-ml-prod', 'research-ml-dev'], profile: 'healthy' });
    createScan(state, 'p-not-started', now - 30 * MIN);
  },
  stopped: (state, now) => {
    project(state, now, { key: 'stopped', name: 'Identity — AWS shared services', provider: 'aws', accounts: ['456789012345'], profile: 'healthy' });
    const run = startRun(state, 'p-stopped', { at: now - 5 * HOUR });
    const stopAt = now - 5 * HOUR + 70_000;
    advanceScan(run, stopAt);
    stopScan(run, stopAt);
  },
  running: (state, now) => {
    project(state, now, { key: 'running', name: 'Checkout — AWS staging', provider: 'aws', accounts: ['567890123456'], profile: 'healthy' });
    // Jobs 10× longer than usual: about a third done after 10 minutes, the rest still running.
    startRun(state, 'p-running', { at: now - 10 * MIN, durationScale: 10 });
  },
  'temporary-then-success': (state, now) => {
    project(state, now, { key: 'temporary-then-success', name: 'Logistics — GCP', provider: 'gcp', accounts: ['logistics-prod', 'logistics-edge'], profile: 'healthy' });
    startRun(state, 'p-temporary-then-success', { at: now - 6 * HOUR, profile: 'temporary-error' });
  },
  'repeated-failures': (state, now) => {
    project(state, now, { key: 'repeated-failures', name: 'Billing — AWS production', provider: 'aws', accounts: ['678901234567'], profile: 'temporary-error' });
    for (const hoursAgo of [26, 14, 2]) startRun(state, 'p-repeated-failures', { at: now - hoursAgo * HOUR });
  },
  'recreated-integration-still-failing': (state, now) => {
    const key = 'recreated-integration-still-failing';
    const old = addIntegration(state, { id: `i-${key}-1`, provider: 'azure', name: 'azure-hr-tenant', createdAt: now - 60 * DAY, lastAuthStatus: 'failed' });
    addProject(state, { id: `p-${key}`, name: 'HR — Azure tenant', provider: 'azure', accounts: ['8f2d6c1a-4b3e-4f7a-9c2d-1e0b5a6f7c8d', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'], profile: 'healthy', integrationId: old.id });
    advanceScan(startRun(state, `p-${key}`, { at: now - 2 * DAY }), now - 2 * DAY + HOUR);
    // The user deleted the connector and created a new one, whose secret is wrong as well.
    state.integrations.delete(old.id);
    addIntegration(state, { id: `i-${key}-2`, provider: 'azure', name: 'azure-hr-tenant (new)', createdAt: now - DAY, lastAuthStatus: 'failed' });
    startRun(state, `p-${key}`, { at: now - 20 * HOUR, integrationId: `i-${key}-2` });
  },
  'permission-errors': (state, now) => {
    project(state, now, { key: 'permission-errors', name: 'Platform — AWS org audit', provider: 'aws', accounts: ['789012345678'], profile: 'permission-errors' });
    startRun(state, 'p-permission-errors', { at: now - 4 * HOUR });
  },
};

/** Every seed scenario together, one project each (the e2e suite and popup tests use it). */
export const buildSeed: Builder = (state, now) => {
  for (const build of Object.values(SEED_SCENARIOS)) build(state, now);
};
