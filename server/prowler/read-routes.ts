/** Prowler's GET endpoints over the world: /scans (filtered, sorted, paged), /scans/{id}, /tasks/{id}, /providers(/{id}). */
import type { World } from '../state.ts';
import type { ApiRequest, Route } from '../http/route.ts';
import { jsonApi, jsonApiError } from './json-api-reply.ts';
import { providerResource, scanIdOfTask, scanResource, taskResource } from './to-prowler.ts';
import { filterAndSort, filterAndSortProviders, paginate } from './scan-list-query.ts';
import { sparse } from './list-query.ts';

/** `links` and `meta.pagination` as Prowler's renderer writes them. */
export function listDocument(path: string, query: URLSearchParams, page: { data: unknown[]; page: number; pages: number; count: number }, extra: object = {}) {
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
        const listed = [...world.state.projects.values()].map((record) => {
          const resource = providerResource(world.state, record);
          const a = resource.attributes;
          return { resource, id: resource.id, provider: a.provider, uid: a.uid, alias: a.alias, connected: a.connection.connected, insertedAt: a.inserted_at, updatedAt: a.updated_at };
        });
        const sorted = filterAndSortProviders(listed, request.query);
        if (!sorted.ok) return jsonApiError(sorted.status, 'invalid', sorted.detail);
        const page = paginate(sorted.value.map((r) => sparse(r.resource, request.query)), request.query);
        if (!page.ok) return jsonApiError(page.status, page.status === 404 ? 'not_found' : 'invalid', page.detail);
        // include=provider_groups: the world has none, so nothing to include.
        return jsonApi(200, listDocument(request.path, request.query, page.value, includes(request, 'provider_groups') ? { included: [] } : {}));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/providers/:id',
      handle: (request) => {
        const provider = providerOf(request.params.id!);
        if (!provider) return jsonApiError(404, 'not_found', 'No Provider matches the given query.');
        return jsonApi(200, { data: sparse(provider, request.query), meta: { version: 'v1' } });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/scans',
      handle: (request) => {
        const listed = [...world.state.scans.values()].map((record) => {
          const resource = scanResource(record);
          const provider = providerOf(resource.relationships.provider.data.id);
          const a = resource.attributes;
          return {
            resource,
            id: resource.id,
            state: a.state,
            providerId: resource.relationships.provider.data.id,
            insertedAt: a.inserted_at,
            updatedAt: record.scan.updatedAt,
            name: a.name,
            trigger: a.trigger,
            startedAt: a.started_at,
            scheduledAt: a.scheduled_at,
            ...(provider ? { providerType: provider.attributes.provider, providerUid: provider.attributes.uid, providerAlias: provider.attributes.alias } : {}),
          };
        });
        const sorted = filterAndSort(listed, request.query);
        if (!sorted.ok) return jsonApiError(sorted.status, 'invalid', sorted.detail);
        const page = paginate(sorted.value.map((r) => r.resource), request.query);
        if (!page.ok) return jsonApiError(page.status, page.status === 404 ? 'not_found' : 'invalid', page.detail);
        const included = includes(request, 'provider')
          ? { included: [...new Set(page.value.data.map((s) => s.relationships.provider.data.id))].flatMap((id) => providerOf(id) ?? []) }
          : {};
        const data = page.value.data.map((resource) => sparse(resource, request.query));
        return jsonApi(200, listDocument(request.path, request.query, { ...page.value, data }, included));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/scans/:id',
      handle: (request) => {
        const record = world.state.scans.get(request.params.id!);
        if (!record) return jsonApiError(404, 'not_found', 'No Scan matches the given query.');
        const provider = includes(request, 'provider') ? providerOf(record.scan.projectId) : null;
        return jsonApi(200, { data: sparse(scanResource(record), request.query), ...(provider ? { included: [provider] } : {}), meta: { version: 'v1' } });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/tasks/:id',
      handle: (request) => {
        const scanId = scanIdOfTask(request.params.id!);
        const record = scanId === null ? undefined : world.state.scans.get(scanId);
        if (!record || !scanResource(record).relationships.task.data) return jsonApiError(404, 'not_found', 'No Task matches the given query.');
        return jsonApi(200, { data: taskResource(record), meta: { version: 'v1' } });
      },
    },
  ];
}
