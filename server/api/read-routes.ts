/**
 * The API's GET endpoints: projects, scans (paginated), a scan's jobs and errors, the jobs and errors
 * of many scans at once (`scans/-/details`), integrations.
 */
import type { World } from '../state.ts';
import { errorsOf, jobsOf } from '../state.ts';
import type { ApiReply, Route } from '../http/route.ts';
import { errorReply } from '../http/error-reply.ts';
import { etagOf } from '../http/etag.ts';
import { pageScans } from './scan-page.ts';
import { parseScanIds } from './scan-ids-query.ts';

function scanNotFound(id: string): ApiReply {
  return errorReply(404, 'not_found', `scan ${id} not found`);
}

/** GET routes under `prefix` (e.g. `/api/v1`). */
export function readRoutes(world: World, prefix: string): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${prefix}/projects`,
      handle: () => ({ status: 200, body: { data: [...world.state.projects.values()].map((p) => p.project) } }),
    },
    {
      method: 'GET',
      pattern: `${prefix}/scans`,
      handle: ({ query }) => {
        const scans = [...world.state.scans.values()].map((r) => r.scan);
        const page = pageScans(scans, { updatedSince: query.get('updatedSince'), cursor: query.get('cursor'), limit: query.get('limit') });
        if (!page.ok) return errorReply(400, 'bad_request', page.message);
        return { status: 200, body: { data: page.data, nextCursor: page.nextCursor } };
      },
    },
    {
      // `-` is never a scan id (ids start with a letter or digit): it stands for "any scan".
      method: 'GET',
      pattern: `${prefix}/scans/-/details`,
      handle: ({ query }) => {
        const ids = parseScanIds(query.get('ids'));
        if (!ids.ok) return errorReply(400, 'bad_request', ids.message);
        const data = [];
        for (const scanId of ids.ids) {
          const record = world.state.scans.get(scanId);
          if (!record) continue; // unknown or deleted: left out, the client drops it from its queue
          const jobs = jobsOf(record).map((j) => j.job);
          const errors = errorsOf(record);
          // The ETags the per-scan resources carry now (same body, same tag), to revalidate them later.
          data.push({ scanId, jobs, errors, jobsEtag: etagOf(JSON.stringify({ data: jobs })), errorsEtag: etagOf(JSON.stringify({ data: errors })) });
        }
        return { status: 200, body: { data } };
      },
    },
    {
      method: 'GET',
      pattern: `${prefix}/scans/:id`,
      handle: ({ params }) => {
        const record = world.state.scans.get(params.id!);
        return record ? { status: 200, body: { data: record.scan } } : scanNotFound(params.id!);
      },
    },
    {
      method: 'GET',
      pattern: `${prefix}/scans/:id/jobs`,
      handle: ({ params }) => {
        const record = world.state.scans.get(params.id!);
        return record ? { status: 200, body: { data: jobsOf(record).map((j) => j.job) } } : scanNotFound(params.id!);
      },
    },
    {
      method: 'GET',
      pattern: `${prefix}/scans/:id/errors`,
      handle: ({ params }) => {
        const record = world.state.scans.get(params.id!);
        return record ? { status: 200, body: { data: errorsOf(record) } } : scanNotFound(params.id!);
      },
    },
    {
      method: 'GET',
      pattern: `${prefix}/integrations`,
      handle: () => ({ status: 200, body: { data: [...world.state.integrations.values()] } }),
    },
  ];
}
