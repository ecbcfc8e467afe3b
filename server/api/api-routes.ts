/** The ScanSight scan API's route table, mounted under a prefix behind an authorization check. */
import type { World } from '../state.ts';
import type { ApiRequest, Route } from '../http/route.ts';
import { errorReply } from '../http/error-reply.ts';
import { readRoutes } from './read-routes.ts';
import { actionRoutes } from './action-routes.ts';
import { integrationRoutes } from './integration-routes.ts';

/** Decides whether a request may use the API; a message when it may not. */
export type Authorize = (request: ApiRequest) => { ok: true } | { ok: false; status: 401 | 403; message: string };

/** Every ScanSight API route under `prefix`, each refused with 401/403 unless `authorize` allows it. */
export function scanApiRoutes(world: World, prefix: string, authorize: Authorize): Route[] {
  const routes = [...readRoutes(world, prefix), ...actionRoutes(world, prefix), ...integrationRoutes(world, prefix)];
  return routes.map((route) => ({
    ...route,
    handle: (request: ApiRequest) => {
      const verdict = authorize(request);
      if (!verdict.ok) {
        return verdict.status === 401
          ? errorReply(401, 'unauthorized', verdict.message, { 'WWW-Authenticate': 'Bearer realm="scansight"' })
          : errorReply(403, 'forbidden', verdict.message);
      }
      return route.handle(request);
    },
  }));
}
