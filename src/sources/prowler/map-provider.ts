/**
 * A Prowler provider (one cloud account, subscription, project, cluster, org…) is both a ScanSight
 * project — the thing scanned repeatedly — and its integration — the saved credentials and their
 * connection check. Both keep the provider's id, so `project.integrationId === integration.id`.
 */
import type { AuthStatus, Integration, Project } from '../../core/index.ts';
import type { ProviderResource } from './schemas.ts';

// Prowler's IaC provider scans code repositories; every other provider type is posture (CSPM).
const KIND_BY_PROVIDER: Readonly<Record<string, string>> = { iac: 'code' };

/** "alias (uid)", or the uid alone: the uid is what the cloud console shows. */
export function providerName(provider: ProviderResource): string {
  const { alias, uid } = provider.attributes;
  return alias && alias.trim() !== '' && alias !== uid ? `${alias} (${uid})` : uid;
}

/** connected true → ok, false → failed (credentials rejected), null / never checked → unknown. */
export function connectionAuthStatus(provider: ProviderResource): AuthStatus {
  const connected = provider.attributes.connection?.connected;
  if (connected === true) return 'ok';
  if (connected === false) return 'failed';
  return 'unknown';
}

/** A provider as a ScanSight project. */
export function providerToProject(provider: ProviderResource, dashboardUrl: string | null): Project {
  return {
    id: provider.id,
    name: providerName(provider),
    kind: KIND_BY_PROVIDER[provider.attributes.provider] ?? 'cspm',
    integrationId: provider.id,
    dashboardUrl: dashboardUrl ? `${dashboardUrl}/providers` : null,
  };
}

/** A provider as a ScanSight integration (connected provider). */
export function providerToIntegration(provider: ProviderResource): Integration {
  return {
    id: provider.id,
    provider: provider.attributes.provider,
    name: providerName(provider),
    createdAt: provider.attributes.inserted_at,
    lastAuthStatus: connectionAuthStatus(provider),
    accountUid: provider.attributes.uid,
  };
}
