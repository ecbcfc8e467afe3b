/**
 * POST /api/v1/tokens (email + password → access + refresh) and /api/v1/tokens/refresh, with the
 * JSON:API bodies of Prowler's spec (TokenRequest, TokenRefreshRequest). The reference server has
 * one user: {@link DEMO_EMAIL}, whose password is the server's token.
 */
import type { Route } from '../http/route.ts';
import type { JwtIssuer } from './jwt-issuer.ts';
import { jsonApi, jsonApiError } from './json-api-reply.ts';

export const DEMO_EMAIL = 'demo@prowler.test';

function attributesOf(body: unknown, type: string): Record<string, unknown> | null {
  const data = (body as { data?: { type?: unknown; attributes?: unknown } } | undefined)?.data;
  if (!data || data.type !== type || typeof data.attributes !== 'object' || data.attributes === null) return null;
  return data.attributes as Record<string, unknown>;
}

/** The two token routes. */
export function tokenRoutes(issuer: JwtIssuer, password: string): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/api/v1/tokens',
      handle: ({ body }) => {
        const attributes = attributesOf(body, 'tokens');
        if (!attributes || typeof attributes.email !== 'string' || typeof attributes.password !== 'string') {
          return jsonApiError(400, 'invalid', 'body must be {"data": {"type": "tokens", "attributes": {"email", "password"}}}');
        }
        if (attributes.email.toLowerCase() !== DEMO_EMAIL || attributes.password !== password) {
          return jsonApiError(401, 'authentication_failed', 'No active account found with the given credentials');
        }
        return jsonApi(200, { data: { type: 'tokens', attributes: issuer.issuePair() } });
      },
    },
    {
      method: 'POST',
      pattern: '/api/v1/tokens/refresh',
      handle: ({ body }) => {
        const attributes = attributesOf(body, 'tokens-refresh');
        if (!attributes || typeof attributes.refresh !== 'string') {
          return jsonApiError(400, 'invalid', 'body must be {"data": {"type": "tokens-refresh", "attributes": {"refresh"}}}');
        }
        const pair = issuer.rotate(attributes.refresh);
        if (!pair) return jsonApiError(401, 'token_not_valid', 'Token is invalid or expired');
        return jsonApi(200, { data: { type: 'tokens-refresh', attributes: pair } });
      },
    },
  ];
}
