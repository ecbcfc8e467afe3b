/**
 * Connected providers: create and delete. Credentials are write-only and cannot be edited once
 * saved (no PATCH, as in the seed product): a wrong secret means delete and create again.
 */
import type { Integration } from '../../src/core/index.ts';
import type { World } from '../state.ts';
import type { Route } from '../http/route.ts';
import { errorReply } from '../http/error-reply.ts';

/** Credential fields each provider needs. */
export const CREDENTIAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  aws: ['accessKeyId', 'secretAccessKey'],
  azure: ['tenantId', 'clientId', 'clientSecret'],
  gcp: ['serviceAccountKey'],
  kubernetes: ['kubeconfig'],
};

type Parsed = { ok: true; provider: string; name: string; credentials: Record<string, string> } | { ok: false; message: string };

function parseCreate(body: unknown): Parsed {
  if (typeof body !== 'object' || body === null) return { ok: false, message: 'body must be a JSON object' };
  const { provider, name, credentials } = body as Record<string, unknown>;
  if (typeof provider !== 'string' || !CREDENTIAL_FIELDS[provider]) return { ok: false, message: `provider must be one of ${Object.keys(CREDENTIAL_FIELDS).join(', ')}` };
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) return { ok: false, message: 'name must be 1 to 100 characters' };
  if (typeof credentials !== 'object' || credentials === null) return { ok: false, message: 'credentials must be an object' };
  const given = credentials as Record<string, unknown>;
  const missing = CREDENTIAL_FIELDS[provider]!.filter((field) => typeof given[field] !== 'string' || given[field] === '');
  if (missing.length > 0) return { ok: false, message: `credentials for ${provider} need ${missing.join(', ')}` };
  return { ok: true, provider, name: name.trim(), credentials: given as Record<string, string> };
}

/** Integration write routes under `prefix`. */
export function integrationRoutes(world: World, prefix: string): Route[] {
  return [
    {
      method: 'POST',
      pattern: `${prefix}/integrations`,
      handle: ({ body }) => {
        const parsed = parseCreate(body);
        if (!parsed.ok) return errorReply(400, 'bad_request', parsed.message);
        const { integrations } = world.state;
        let n = integrations.size + 1;
        while (integrations.has(`i-${parsed.provider}-${n}`)) n++;
        // The demo's stand-in for a credential check: a secret containing "invalid" is rejected.
        const rejected = Object.values(parsed.credentials).some((v) => /invalid/i.test(v));
        const integration: Integration = {
          id: `i-${parsed.provider}-${n}`,
          provider: parsed.provider,
          name: parsed.name,
          createdAt: new Date(world.clock.now()).toISOString(),
          lastAuthStatus: rejected ? 'failed' : 'ok',
        };
        integrations.set(integration.id, integration);
        return { status: 201, body: { data: integration }, headers: { Location: `${prefix}/integrations/${integration.id}` } };
      },
    },
    {
      method: 'DELETE',
      pattern: `${prefix}/integrations/:id`,
      handle: ({ params }) => {
        if (!world.state.integrations.delete(params.id!)) return errorReply(404, 'not_found', `integration ${params.id} not found`);
        return { status: 204 };
      },
    },
  ];
}
