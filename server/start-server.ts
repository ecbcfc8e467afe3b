/**
 * Starts the reference server: the scan API (ScanSight flavor, or Prowler's when asked), the
 * dashboard under /app, and the control API when enabled. Listens on 127.0.0.1 only by default.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSimClock } from './sim-clock.ts';
import { createWorld } from './world.ts';
import type { World } from './state.ts';
import { createRequestHandler, type Pipeline } from './http/handle-request.ts';
import type { Route, RouteFactory } from './http/route.ts';
import { bearerMatches, sameOrigin, SessionStore } from './http/auth.ts';
import { scanApiRoutes } from './api/api-routes.ts';
import { controlRoutes } from './control/control-routes.ts';
import { createDashboardHost } from './dashboard-host/dashboard-host.ts';

export interface ReferenceServerOptions {
  /** 0 = an ephemeral port; default 8787. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Bearer token of the API; default `demo-token`. */
  token?: string;
  /** Scenario to load; default `lively`. */
  scenario?: string;
  /** Simulated-clock multiplier; default 1, 0 freezes the clock (tests advance it by hand). */
  speed?: number;
  /** Mount /__control/; default false. */
  control?: boolean;
  flavor?: 'scansight' | 'prowler';
  /** X-Poll-Interval hint in seconds; default 15. */
  pollIntervalSeconds?: number;
  /** Serve the dashboard under /app; default true. */
  dashboard?: boolean;
}

export interface ReferenceServer {
  url: string;
  port: number;
  token: string;
  /** The in-memory world, for in-process tests and tools. */
  world: World;
  close(): Promise<void>;
}

type MissReply = NonNullable<Pipeline['missReply']>;

async function prowlerRoutes(world: World, token: string): Promise<{ routes: Route[]; missReply: MissReply }> {
  const path = fileURLToPath(new URL('./prowler/routes.ts', import.meta.url));
  if (!existsSync(path)) throw new Error('the prowler flavor is not available: server/prowler/routes.ts is missing');
  // The path is a constant inside the repo; a variable only so the module may be absent at type-check time.
  // eslint-disable-next-line no-unsanitized/method
  const module = (await import(path)) as { createProwlerRoutes: RouteFactory; prowlerMissReply: MissReply };
  return { routes: module.createProwlerRoutes(world, { token }), missReply: module.prowlerMissReply };
}

/** Starts a reference server and resolves once it listens. */
export async function startReferenceServer(opts: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token ?? 'demo-token';
  const sessions = new SessionStore();
  let handler: ReturnType<typeof createRequestHandler> | null = null;
  const server = createServer((request, response) => {
    if (handler) void handler(request, response);
    else response.writeHead(503, { 'Retry-After': '1' }).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8787, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    const world = createWorld({ scenario: opts.scenario ?? 'lively', clock: createSimClock(opts.speed ?? 1), origin: url });
    const dashboardApi = scanApiRoutes(world, '/app/api/v1', (request) => {
      if (!sessions.valid(request.headers)) return { ok: false, status: 401, message: 'sign in to the dashboard first (session cookie missing or expired)' };
      if (request.method !== 'GET' && !sameOrigin(request.headers)) return { ok: false, status: 403, message: 'cross-origin request refused' };
      return { ok: true };
    });
    const prowler = opts.flavor === 'prowler' ? await prowlerRoutes(world, token) : null;
    const publicApi = prowler
      ? prowler.routes
      : scanApiRoutes(world, '/api/v1', (request) =>
          bearerMatches(request.headers, token) ? { ok: true } : { ok: false, status: 401, message: 'missing or invalid bearer token' });
    handler = createRequestHandler({
      world,
      api: [...publicApi, ...dashboardApi],
      control: opts.control ? controlRoutes(world) : null,
      dashboard: opts.dashboard === false ? null : createDashboardHost(sessions),
      pollIntervalSeconds: opts.pollIntervalSeconds ?? 15,
      missReply: prowler?.missReply,
    });
    return { url, port, token, world, close: () => closeServer(server) };
  } catch (error) {
    await closeServer(server);
    throw error;
  }
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
