/** Builders scenarios use to put projects and connectors into a state. */
import type { Integration } from '../../src/core/index.ts';
import type { ProjectRecord, RunProfile, ServerState } from '../state.ts';

export interface ProjectSpec {
  id: string;
  name: string;
  kind?: string;
  provider: ProjectRecord['provider'];
  accounts: string[];
  profile: RunProfile;
  integrationId: string | null;
}

/** Adds a project (no scans yet). */
export function addProject(state: ServerState, spec: ProjectSpec): ProjectRecord {
  const record: ProjectRecord = {
    project: {
      id: spec.id,
      name: spec.name,
      kind: spec.kind ?? 'cspm',
      integrationId: spec.integrationId,
      dashboardUrl: `${state.origin}/app/projects/${spec.id}/history`,
    },
    profile: spec.profile,
    scanIds: [],
    runs: 0,
    provider: spec.provider,
    accounts: spec.accounts,
  };
  state.projects.set(spec.id, record);
  return record;
}

/** Adds a connected provider created at `createdAt` (epoch ms). */
export function addIntegration(
  state: ServerState,
  spec: Omit<Integration, 'createdAt'> & { createdAt: number },
): Integration {
  const integration: Integration = { ...spec, createdAt: new Date(spec.createdAt).toISOString() };
  state.integrations.set(spec.id, integration);
  return integration;
}
