/** The API's actions: Run / Re-run a project, Stop a scan. */
import type { World } from '../state.ts';
import type { Route } from '../http/route.ts';
import { errorReply } from '../http/error-reply.ts';
import { startRun } from '../simulation/start-run.ts';
import { isRunning, stopScan } from '../simulation/transitions.ts';

function requestedIntegration(body: unknown): { ok: true; id: string | undefined } | { ok: false } {
  if (body === undefined || body === null) return { ok: true, id: undefined };
  if (typeof body !== 'object' || Array.isArray(body)) return { ok: false };
  const id = (body as { integrationId?: unknown }).integrationId;
  if (id === undefined) return { ok: true, id: undefined };
  return typeof id === 'string' ? { ok: true, id } : { ok: false };
}

/** POST routes that change scans, under `prefix`. */
export function actionRoutes(world: World, prefix: string): Route[] {
  return [
    {
      method: 'POST',
      pattern: `${prefix}/projects/:id/scans`,
      handle: ({ params, body }) => {
        const { state } = world;
        const project = state.projects.get(params.id!);
        if (!project) return errorReply(404, 'not_found', `project ${params.id} not found`);
        const wanted = requestedIntegration(body);
        if (!wanted.ok) return errorReply(400, 'bad_request', 'body must be {} or { "integrationId": "<id>" }');
        if (wanted.id !== undefined && !state.integrations.has(wanted.id)) {
          return errorReply(400, 'bad_request', `integration ${wanted.id} not found`);
        }
        const latestId = project.scanIds[project.scanIds.length - 1];
        const latest = latestId ? state.scans.get(latestId) : undefined;
        if (latest && isRunning(latest)) return errorReply(409, 'conflict', `scan ${latest.scan.id} of this project is still running`);
        const record = startRun(state, project.project.id, { at: world.clock.now(), ...(wanted.id !== undefined ? { integrationId: wanted.id } : {}) });
        return { status: 201, body: { data: record.scan }, headers: { Location: `${prefix}/scans/${record.scan.id}` } };
      },
    },
    {
      method: 'POST',
      pattern: `${prefix}/scans/:id/stop`,
      handle: ({ params }) => {
        const record = world.state.scans.get(params.id!);
        if (!record) return errorReply(404, 'not_found', `scan ${params.id} not found`);
        if (!isRunning(record)) return errorReply(409, 'conflict', `scan ${params.id} is not running`);
        stopScan(record, world.clock.now());
        return { status: 200, body: { data: record.scan } };
      },
    },
  ];
}
