/**
 * The router's shapes. A flavor (the ScanSight API, the Prowler-flavoured one in server/prowler/)
 * is a table of {@link Route}s over one {@link World}; the pipeline (handle-request.ts) adds faults,
 * JSON, ETags and the poll hint around every route alike.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { World } from '../state.ts';

export interface ApiRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
  /** Values of `:name` segments of the route's pattern. */
  params: Record<string, string>;
}

export interface ApiReply {
  status: number;
  /** Serialized as JSON; omitted for 204/304. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Content type for `body` (default application/json). */
  contentType?: string;
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH' | 'PUT';
  /** Path with `:name` segments, e.g. `/api/v1/scans/:id/jobs`. */
  pattern: string;
  handle(request: ApiRequest): ApiReply | Promise<ApiReply>;
}

/** What a flavor module exports (server/prowler/routes.ts: `export const createProwlerRoutes: RouteFactory`). */
export type RouteFactory = (world: World, options: { token: string }) => Route[];

/** Matches `path` against `pattern`; returns the params or null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (g === '') return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}

/** The route for a method and path, or why there is none (404 / 405). */
export function findRoute(routes: readonly Route[], method: string, path: string):
  | { route: Route; params: Record<string, string> }
  | { miss: 404 | 405; allow: string[] } {
  const allow: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { miss: 405, allow } : { miss: 404, allow };
}
