/**
 * The reference server's Prowler flavor (`--flavor prowler`): a Prowler App-shaped API (JSON:API,
 * OpenAPI v1.41.0) over the same in-memory world as the ScanSight flavor, so the extension and the
 * e2e suite can run against it. Auth as in Prowler: `Authorization: Api-Key <server token>`, or a
 * Bearer JWT from POST /api/v1/tokens with {@link DEMO_EMAIL} and the server token as password.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiReply, Route, RouteFactory } from '../http/route.ts';
import { timingSafeEqual } from 'node:crypto';
import { createJwtIssuer, type JwtIssuer } from './jwt-issuer.ts';
import { jsonApiError } from './json-api-reply.ts';
import { tokenRoutes, DEMO_EMAIL } from './token-routes.ts';
import { prowlerReadRoutes } from './read-routes.ts';
import { prowlerActionRoutes } from './action-routes.ts';
import { DEMO_TENANT_ID, DEMO_USER_ID, userRoutes } from './user-routes.ts';

export { DEMO_EMAIL };

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Api-Key with the server token, or a live Bearer access token. */
export function prowlerAuthorized(headers: IncomingHttpHeaders, apiKey: string, issuer: JwtIssuer): boolean {
  const match = /^(Api-Key|Bearer)\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!match) return false;
  return match[1]!.toLowerCase() === 'api-key' ? sameText(match[2]!, apiKey) : issuer.acceptsAccess(match[2]!);
}

/** Every Prowler route; all but the token routes need auth. */
export const createProwlerRoutes: RouteFactory = (world, { token }) => {
  // Real time, not world.clock: Prowler's UI checks `exp` against its own clock.
  const issuer = createJwtIssuer(() => Date.now(), { userId: DEMO_USER_ID, tenantId: DEMO_TENANT_ID });
  const guarded: Route[] = [...prowlerReadRoutes(world), ...userRoutes(), ...prowlerActionRoutes(world)].map((route) => ({
    ...route,
    handle: (request) => {
      if (prowlerAuthorized(request.headers, token, issuer)) return route.handle(request);
      const detail = request.headers.authorization ? 'Given token not valid for any token type' : 'Authentication credentials were not provided.';
      return jsonApiError(401, 'not_authenticated', detail, { 'WWW-Authenticate': 'Bearer realm="api"' });
    },
  }));
  return [...tokenRoutes(issuer, token), ...guarded];
};

/** Prowler's 404/405 for a path no route serves, in JSON:API shape (its UI reads `errors[0].detail`). */
export function prowlerMissReply(status: 404 | 405, method: string, path: string): ApiReply | null {
  if (!path.startsWith('/api/')) return null;
  return status === 405 ? jsonApiError(405, 'method_not_allowed', `Method "${method}" not allowed.`) : jsonApiError(404, 'not_found', `Not found: ${path}`);
}
