import { describe, expect, it } from 'vitest';
import { SourceError } from '../scan-source.ts';
import { apiKeyAuth } from './prowler-auth.ts';
import { createProwlerSource, PROWLER_CAPABILITIES } from './prowler-source.ts';
import { scriptedFetch, type Reply, type SeenRequest } from './fixtures/scripted-fetch.ts';
import {
  awsProvider,
  disconnectedProvider,
  failedAuthTask,
  failedTask,
  listDocument,
  resourceDocument,
  scansByCase,
  taskResource,
  uncheckedProvider,
} from './fixtures/prowler-documents.ts';

function source(handler: (request: SeenRequest) => Reply) {
  const { fetch, seen } = scriptedFetch(handler);
  const http = { baseUrl: 'https://prowler.example', fetch, timeoutMs: 5_000 };
  return { source: createProwlerSource({ http, auth: apiKeyAuth('pk_live'), dashboardUrl: 'https://app.prowler.example/' }), seen };
}

const notFound: Reply = { status: 404, body: { errors: [{ detail: 'Not found.' }] } };

describe('Prowler source: providers', () => {
  it('lists providers across pages as projects and integrations, with the API key', async () => {
    const pages = [[awsProvider, disconnectedProvider], [uncheckedProvider]];
    const { source: s, seen } = source(({ url }) => {
      const page = Number(url.searchParams.get('page[number]'));
      return url.pathname === '/api/v1/providers' ? { status: 200, body: listDocument(pages[page - 1] ?? [], page, 2) } : notFound;
    });
    const projects = await s.listProjects();
    expect(projects.status === 'ok' && projects.data.map((p) => p.id)).toEqual([awsProvider.id, disconnectedProvider.id, uncheckedProvider.id]);
    const integrations = await s.listIntegrations();
    expect(integrations.status === 'ok' && integrations.data.map((i) => i.lastAuthStatus)).toEqual(['ok', 'failed', 'unknown']);
    expect(seen.every((r) => r.headers.get('Authorization') === 'Api-Key pk_live')).toBe(true);
    expect(s.capabilities).toEqual({ credentialsEditable: true, canStop: false, canRerun: true });
    expect(PROWLER_CAPABILITIES.canStop).toBe(false);
  });
});

describe('Prowler source: scans', () => {
  it('pages through scans with the page cursor, mapping every state', async () => {
    const all = Object.values(scansByCase);
    const { source: s, seen } = source(({ url }) => {
      const page = Number(url.searchParams.get('page[number]'));
      const size = Number(url.searchParams.get('page[size]'));
      return { status: 200, body: listDocument(all.slice((page - 1) * size, page * size), page, Math.ceil(all.length / size)), headers: { ETag: `"p${page}"` } };
    });
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const result = await s.listScans({ updatedSince: null, cursor, limit: 4 });
      if (result.status !== 'ok') throw new Error('expected data');
      ids.push(...result.data.scans.map((scan) => scan.id));
      cursor = result.data.nextCursor;
    } while (cursor !== null);
    expect(ids).toEqual(all.map((scan) => scan.id));
    expect(seen.map((r) => r.url.searchParams.get('page[number]'))).toEqual(['1', '2', '3']);
    expect(seen[0]?.url.searchParams.get('sort')).toBe('-inserted_at');
  });

  it('in delta mode sorts by -updated_at and stops at the page that reaches older settled scans', async () => {
    const { source: s, seen } = source(({ url }) => ({
      status: 200,
      body: listDocument([scansByCase.executing, scansByCase.completed], Number(url.searchParams.get('page[number]')), 5),
    }));
    const early = await s.listScans({ updatedSince: '2025-03-02T10:00:00Z', cursor: null, limit: 2 });
    expect(early.status === 'ok' && early.data.nextCursor).toBe('page:2');
    const late = await s.listScans({ updatedSince: '2025-03-03T10:00:00Z', cursor: null, limit: 2 });
    expect(late.status === 'ok' && late.data.nextCursor).toBeNull();
    expect(seen[0]?.url.searchParams.get('sort')).toBe('-updated_at');
  });

  it('revalidates with the ETag and passes 304 through', async () => {
    const { source: s, seen } = source(() => ({ status: 304 }));
    expect(await s.listScans({ updatedSince: null, cursor: null, limit: 10 }, { etag: '"p1"' })).toEqual({ status: 'not_modified', hints: {} });
    expect(seen[0]?.headers.get('If-None-Match')).toBe('"p1"');
  });

  it('rejects a page with one invalid scan whole', async () => {
    const bad = { ...scansByCase.completed, attributes: { ...scansByCase.completed.attributes, inserted_at: 'never' } };
    const { source: s } = source(() => ({ status: 200, body: listDocument([scansByCase.available, bad]) }));
    await expect(s.listScans({ updatedSince: null, cursor: null, limit: 10 })).rejects.toMatchObject({ code: 'invalid_response' });
  });
});

describe('Prowler source: jobs and errors', () => {
  const byPath = (routes: Record<string, unknown>) => ({ url }: SeenRequest): Reply =>
    url.pathname in routes ? { status: 200, body: routes[url.pathname] } : notFound;

  it('the job is the task, named after the included provider (one request)', async () => {
    const { source: s, seen } = source(byPath({ [`/api/v1/scans/${scansByCase.executing.id}`]: resourceDocument(scansByCase.executing, [awsProvider]) }));
    const jobs = await s.listJobs(scansByCase.executing.id);
    expect(jobs.status === 'ok' && jobs.data.map((j) => [j.id, j.status, j.target.account])).toEqual([
      ['f0000000-0000-4000-8000-000000000004', 'running', '123456789012'],
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url.searchParams.get('include')).toBe('provider');
  });

  it("a failed scan's task result becomes its error log", async () => {
    const { source: s } = source(byPath({
      [`/api/v1/scans/${scansByCase.failed.id}`]: resourceDocument(scansByCase.failed, [awsProvider]),
      [`/api/v1/tasks/${failedTask.id}`]: resourceDocument(failedTask),
    }));
    const errors = await s.listErrors(scansByCase.failed.id);
    expect(errors.status === 'ok' && errors.data.map((e) => [e.code, e.jobId])).toEqual([['ClientError', failedTask.id]]);
  });

  it('a credential failure yields the task log and the authentication-failed log', async () => {
    const { source: s } = source(byPath({
      [`/api/v1/scans/${scansByCase.failedAuth.id}`]: resourceDocument(scansByCase.failedAuth, [disconnectedProvider]),
      [`/api/v1/tasks/${failedAuthTask.id}`]: resourceDocument(failedAuthTask),
    }));
    const errors = await s.listErrors(scansByCase.failedAuth.id);
    expect(errors.status === 'ok' && errors.data.map((e) => e.code)).toEqual(['AzureClientAuthenticationError', 'provider_connection_failed']);
  });

  it('a scan that did not fail has no error logs and fetches no task', async () => {
    const { source: s, seen } = source(byPath({ [`/api/v1/scans/${scansByCase.completed.id}`]: resourceDocument(scansByCase.completed, [awsProvider]) }));
    const errors = await s.listErrors(scansByCase.completed.id);
    expect(errors.status === 'ok' && errors.data).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('an invalid included provider rejects the whole answer', async () => {
    const badProvider = { ...disconnectedProvider, attributes: { ...disconnectedProvider.attributes, uid: 42 } };
    const { source: s } = source(byPath({ [`/api/v1/scans/${scansByCase.failedAuth.id}`]: resourceDocument(scansByCase.failedAuth, [badProvider]) }));
    await expect(s.listErrors(scansByCase.failedAuth.id)).rejects.toMatchObject({ code: 'invalid_response' });
  });
});

describe('Prowler source: run and stop', () => {
  const queued = resourceDocument(
    taskResource({ id: 'task-new', state: 'available', completedAt: null, taskArgs: { scan_id: scansByCase.availableQueued.id, tenant_id: 't', provider_id: awsProvider.id } }),
  );

  it('runs a provider scan: POST /scans (JSON:API), then reads the scan its task names', async () => {
    const { source: s, seen } = source(({ method, url }) => {
      if (method === 'POST' && url.pathname === '/api/v1/scans') return { status: 202, body: queued };
      if (url.pathname === `/api/v1/scans/${scansByCase.availableQueued.id}`) return { status: 200, body: resourceDocument(scansByCase.availableQueued) };
      return notFound;
    });
    const scan = await s.runProject(awsProvider.id);
    expect(scan).toMatchObject({ id: scansByCase.availableQueued.id, lifecycle: 'submitted', projectId: awsProvider.id });
    expect(seen[0]?.body).toEqual({ data: { type: 'scans', relationships: { provider: { data: { type: 'providers', id: awsProvider.id } } } } });
  });

  it("falls back to the provider's newest scan when the task does not name it", async () => {
    const { source: s, seen } = source(({ method, url }) => {
      if (method === 'POST') return { status: 202, body: resourceDocument(taskResource({ id: 'task-new', state: 'available' })) };
      if (url.pathname === '/api/v1/scans') return { status: 200, body: listDocument([scansByCase.availableQueued]) };
      return notFound;
    });
    expect((await s.runProject(awsProvider.id)).id).toBe(scansByCase.availableQueued.id);
    expect(seen[1]?.url.searchParams.get('filter[provider]')).toBe(awsProvider.id);
  });

  it('cannot stop a scan', async () => {
    const { source: s, seen } = source(() => notFound);
    await expect(s.stopScan('any')).rejects.toBeInstanceOf(SourceError);
    expect(seen).toHaveLength(0);
  });
});
