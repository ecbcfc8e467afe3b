/**
 * Prowler's writes the extension uses: trigger a scan (POST /api/v1/scans → 202 with its task) and
 * edit a provider's secret (PATCH /api/v1/providers/secrets/{id}) — the "update the secret"
 * remediation, which Prowler allows and the seed product does not.
 */
import type { World } from '../state.ts';
import type { Route } from '../http/route.ts';
import { startRun } from '../simulation/start-run.ts';
import { isRunning } from '../simulation/transitions.ts';
import { jsonApi, jsonApiError } from './json-api-reply.ts';
import { taskIdOf, taskResource } from './to-prowler.ts';

type Data = { type?: unknown; id?: unknown; attributes?: Record<string, unknown>; relationships?: { provider?: { data?: { id?: unknown } } } };
const dataOf = (body: unknown) => (body as { data?: Data } | undefined)?.data;

/** The action routes. */
export function prowlerActionRoutes(world: World): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/api/v1/scans',
      handle: ({ body }) => {
        const data = dataOf(body);
        const providerId = data?.relationships?.provider?.data?.id;
        if (data?.type !== 'scans' || typeof providerId !== 'string') {
          return jsonApiError(400, 'invalid', 'body must be {"data": {"type": "scans", "relationships": {"provider": {"data": {"type": "providers", "id"}}}}}');
        }
        const project = world.state.projects.get(providerId);
        if (!project) return jsonApiError(400, 'invalid', `Invalid pk "${providerId}" - object does not exist.`);
        const latestId = project.scanIds[project.scanIds.length - 1];
        const latest = latestId ? world.state.scans.get(latestId) : undefined;
        if (latest && isRunning(latest)) return jsonApiError(409, 'conflict', `scan ${latest.scan.id} of this provider is still running`);
        const record = startRun(world.state, providerId, { at: world.clock.now() });
        return jsonApi(202, { data: taskResource(record) }, { 'Content-Location': `/api/v1/tasks/${taskIdOf(record.scan.id)}` });
      },
    },
    {
      method: 'PATCH',
      pattern: '/api/v1/providers/secrets/:id',
      handle: ({ params, body }) => {
        const integration = world.state.integrations.get(params.id!);
        if (!integration) return jsonApiError(404, 'not_found', 'No ProviderSecret matches the given query.');
        const data = dataOf(body);
        const secret = data?.attributes?.secret;
        if (data?.type !== 'provider-secrets' || data.id !== params.id || typeof secret !== 'object' || secret === null) {
          return jsonApiError(400, 'invalid', 'body must be {"data": {"type": "provider-secrets", "id", "attributes": {"secret": {…}}}}');
        }
        // The demo's stand-in for Prowler's connection check: a secret containing "invalid" is rejected.
        const rejected = Object.values(secret).some((value) => typeof value === 'string' && /invalid/i.test(value));
        integration.lastAuthStatus = rejected ? 'failed' : 'ok';
        const providerId = [...world.state.projects.values()].find((p) => p.project.integrationId === integration.id)?.project.id ?? null;
        return jsonApi(200, {
          data: {
            type: 'provider-secrets',
            id: integration.id,
            attributes: { name: integration.name, secret_type: 'static', inserted_at: integration.createdAt, updated_at: new Date(world.clock.now()).toISOString() },
            relationships: { provider: { data: providerId ? { type: 'providers', id: providerId } : null } },
          },
        });
      },
    },
  ];
}
