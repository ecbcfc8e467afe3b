/**
 * The request pipeline shared by every flavor: control routes (when enabled), the dashboard, then
 * the API routes with fault injection, simulation sync and {@link sendReply}.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { World } from '../state.ts';
import { findRoute, type ApiReply, type Route } from './route.ts';
import { errorReply } from './error-reply.ts';
import { readJsonBody } from './read-body.ts';
import { sendReply } from './send-reply.ts';
import { takeFault } from '../faults/fault.ts';
import { faultReply } from '../faults/fault-reply.ts';

export interface Pipeline {
  world: World;
  api: readonly Route[];
  /** Control routes, or null when `--control` is off (then `/__control/` is a 404). */
  control: readonly Route[] | null;
  /** Serves `/app` pages and assets; true when it handled the request. */
  dashboard: ((request: IncomingMessage, response: ServerResponse, path: string) => Promise<boolean>) | null;
  pollIntervalSeconds: number;
  /** The flavor's own 404/405 body for an unrouted path, or null for the default shape. */
  missReply?: ((status: 404 | 405, method: string, path: string) => ApiReply | null) | undefined;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function route(pipeline: Pipeline, routes: readonly Route[], request: IncomingMessage, url: URL): Promise<ApiReply> {
  const method = request.method ?? 'GET';
  const found = findRoute(routes, method, url.pathname);
  if ('miss' in found) {
    const flavored = routes === pipeline.api ? pipeline.missReply?.(found.miss, method, url.pathname) : null;
    if (flavored) return flavored;
    return found.miss === 405
      ? errorReply(405, 'method_not_allowed', `${method} is not allowed on ${url.pathname}`, { Allow: found.allow.join(', ') })
      : errorReply(404, 'not_found', `no such endpoint: ${url.pathname}`);
  }
  const body = await readJsonBody(request);
  if (!body.ok) return errorReply(body.status, body.status === 413 ? 'payload_too_large' : 'bad_request', body.message);
  pipeline.world.sync();
  return found.route.handle({ method, path: url.pathname, query: url.searchParams, headers: request.headers, body: body.body, params: found.params });
}

/** A Node request listener for `pipeline`. */
export function createRequestHandler(pipeline: Pipeline) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { world } = pipeline;
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (path === '/') {
        response.writeHead(302, { Location: '/app/projects' }).end();
        return;
      }
      if (pipeline.dashboard && (await pipeline.dashboard(request, response, path))) return;
      const isControl = path.startsWith('/__control/');
      const routes = isControl ? (pipeline.control ?? []) : pipeline.api;
      const fault = isControl ? undefined : takeFault(world.state.faults, path);
      let reply = fault ? faultReply(fault) : null;
      if (fault?.kind === 'slow') await wait(fault.delayMs ?? 3_000);
      reply ??= await route(pipeline, routes, request, url);
      const ctx = { pollIntervalSeconds: pipeline.pollIntervalSeconds, now: world.clock.now(), fault };
      sendReply(request, response, reply, ctx);
    } catch (error) {
      console.error('[scansight-server]', error);
      if (!response.headersSent) sendReply(request, response, errorReply(500, 'internal_error', 'internal server error'), { pollIntervalSeconds: pipeline.pollIntervalSeconds, now: world.clock.now() });
      else response.destroy();
    }
  };
}
