/** Prowler's GET endpoints over the world: /scans (filtered, sorted, paged), /scans/{id}, /tasks/{id}, /providers. */
import type { World } from '../state.ts';
import type { ApiRequest, Route } from '../http/route.ts';
import { jsonApi, jsonApiError } from './json-api-reply.ts';
import { providerResource, scanIdOfTask, scanResource, taskResource } from './to-prowler.ts';
import { filterAndSort, paginate } from './scan-list-query.ts';

/** `links` and `meta.pagination` as Prowler's renderer writes them. */
function listDocument(path: string, query: URLSearchParams, page: { data: unknown[]; page: number; pages: number; count: number }, extra: object = {}) {
  const link = (n: number) => {
    const params = new URLSearchParams(query);
    params.set('page[number]', String(n));
    return `${path}?${params.toString()}`;
  };
  return {
    links: { first: link(1), last: link(page.pages), next: page.page < page.pages ? link(page.page + 1) : null, prev: page.page > 1 ? link(page.page - 1) : null },
    data: page.data,
    meta: { pagination: { page: page.page, pages: page.pages, count: page.count }, version: 'v1' },
    ...extra,
  };
}

const includes = (request: ApiRequest, name: string) => (request.query.get('include') ?? '').split(',').includes(name);

/** The read routes. */
export function prowlerReadRoutes(world: World): Route[] {
  // world.load() replaces world.state: always read it per request, never capture it.
  const providerOf = (id: string) => {
    const record = world.state.projects.get(id);
    return record ? providerResource(world.state, record) : null;
  };
  return [
    {
      method: 'GET',
      pattern: '/api/v1/providers',
      handle: (request) => {
        const all = [...world.state.projects.values()].map((record) => providerResource(world.state, record));
        const page = paginate(all, request.query);
        return page.ok ? jsonApi(200, listDocument(request.path, request.query, page.value)) : jsonApiError(page.status, 'invalid', page.detail);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/scans',
      handle: (request) => {
        const resources = [...world.state.scans.values()].map((record) => ({ resource: scanResource(record), updatedAt: record.scan.updatedAt }));
        const listed = resources.map((r) => ({ ...r, id: r.resource.id, state: r.resource.attributes.state, providerId: r.resource.relationships.provider.data.id, insertedAt: r.resource.attributes.inserted_at }));
        const sorted = filterAndSort(listed, request.query);
        if (!sorted.ok) return jsonApiError(sorted.status, 'invalid', sorted.detail);
        const page = paginate(sorted.value.map((r) => r.resource), request.query);
        if (!page.ok) return jsonApiError(page.status, 'not_found', page.detail);
        const included = includes(request, 'provider')
          ? { included: [...new Set(page.value.data.map((s) => s.relationships.provider.data.id))].flatMap((id) => providerOf(id) ?? []) }
          : {};
        return jsonApi(200, listDocument(request.path, request.query, page.value, included));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/scans/:id',
      handle: (request) => {
        const record = world.state.scans.get(request.params.id!);
        if (!record) return jsonApiError(404, 'not_found', 'No Scan matches the given query.');
        const provider = includes(request, 'provider') ? providerOf(record.scan.projectId) : null;
        return jsonApi(200, { data: scanResource(record), ...(provider ? { included: [provider] } : {}), meta: { version: 'v1' } });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/tasks/:id',
      handle: (request) => {
        const scanId = scanIdOfTask(request.params.id!);
        const record = scanId === null ? undefined : world.state.scans.get(scanId);
        if (!record || !scanResource(record).relationships.task) return jsonApiError(404, 'not_found', 'No Task matches the given query.');
        return jsonApi(200, { data: taskResource(record), meta: { version: 'v1' } });
      },
    },
  ];
}
