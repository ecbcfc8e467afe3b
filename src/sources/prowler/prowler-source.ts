/**
 * The Prowler App adapter: a {@link ScanSource} over /api/v1/providers, /api/v1/scans and
 * /api/v1/tasks/{id}. Every document is validated whole before anything of it is mapped.
 * Mapping decisions: docs/sources.md.
 */
import * as v from 'valibot';
import type { Conditional, RequestContext, ScanQuery, ScanSource } from '../scan-source.ts';
import { SourceError } from '../scan-source.ts';
import type { SourceCapabilities } from '../../core/index.ts';
import { sendAuthorized, type ProwlerAuth } from './prowler-auth.ts';
import type { HttpConfig, JsonApiRequest } from './send-json-api.ts';
import { parseDocument } from './parse-document.ts';
import { idSegment, SafeId } from '../safe-id.ts';
import { ProviderListDocument, ProviderResource, ScanDocument, ScanListDocument, TaskDocument } from './schemas.ts';
import { prowlerScanToJobs, prowlerScanToScan } from './map-scan.ts';
import { providerToIntegration, providerToProject } from './map-provider.ts';
import { connectionErrorLogs, taskErrorLogs } from './map-task-errors.ts';
import { decodeCursor, deltaReached, encodeCursor, hasNextPage, MAX_PAGE_SIZE, scanPageQuery } from './scan-pages.ts';
import { checkPageLength } from '../reply-limits.ts';

/** Secrets are editable (PATCH /providers/secrets/{id}); a running scan cannot be stopped; scans can be re-run. */
export const PROWLER_CAPABILITIES: SourceCapabilities = { credentialsEditable: true, canStop: false, canRerun: true };

export interface ProwlerSourceOptions {
  http: HttpConfig;
  auth: ProwlerAuth;
  /** Prowler App UI root for "open in dashboard" links, or null. */
  dashboardUrl: string | null;
}

// A provider list longer than this many pages is a server bug, not a tenant.
const MAX_PROVIDER_PAGES = 50;

/** Creates the Prowler App {@link ScanSource}. */
export function createProwlerSource(options: ProwlerSourceOptions): ScanSource {
  const dashboard = options.dashboardUrl ? options.dashboardUrl.replace(/\/+$/, '') : null;
  const send = (request: Omit<JsonApiRequest, 'authorization'>, ctx?: RequestContext) =>
    sendAuthorized(options.http, options.auth, { ...request, ...(ctx?.signal ? { signal: ctx.signal } : {}) });

  async function allProviders(ctx?: RequestContext) {
    const providers: ProviderResource[] = [];
    for (let page = 1; page <= MAX_PROVIDER_PAGES; page++) {
      const query = { 'page[number]': String(page), 'page[size]': String(MAX_PAGE_SIZE), sort: 'inserted_at' };
      const response = await send({ path: '/api/v1/providers', query }, ctx);
      const document = parseDocument(ProviderListDocument, okBody(response), 'provider list');
      checkPageLength(document.data, MAX_PAGE_SIZE, "Prowler App's provider page");
      providers.push(...document.data);
      if (!hasNextPage(document, page, MAX_PAGE_SIZE)) return providers;
    }
    throw new SourceError('invalid_response', `Prowler App listed more than ${MAX_PROVIDER_PAGES} pages of providers`);
  }

  /** GET /scans/{id}?include=provider: the scan and its provider (with its connection) in one request. */
  async function scanWithProvider(scanId: string, ctx?: RequestContext) {
    const path = `/api/v1/scans/${idSegment(scanId)}`;
    const response = await send({ path, query: { include: 'provider' }, etag: ctx?.etag ?? null }, ctx);
    if (response.status === 'not_modified') return null;
    const document = parseDocument(ScanDocument, response.body, 'scan');
    const providerId = document.data.relationships.provider.data.id;
    const included = document.included?.find((item) => item.type === 'providers' && item.id === providerId);
    const provider = included ? parseDocument(ProviderResource, included, 'included provider') : null;
    return { scan: document.data, provider, etag: response.etag };
  }

  return {
    capabilities: PROWLER_CAPABILITIES,

    async listProjects(ctx) {
      const providers = await allProviders(ctx);
      return fresh(providers.map((p) => providerToProject(p, dashboard)), null);
    },

    async listIntegrations(ctx) {
      return fresh((await allProviders(ctx)).map(providerToIntegration), null);
    },

    async listScans(query: ScanQuery, ctx) {
      const page = decodeCursor(query.cursor);
      const params = scanPageQuery(page, query.limit, query.updatedSince);
      const response = await send({ path: '/api/v1/scans', query: params, etag: ctx?.etag ?? null }, ctx);
      if (response.status === 'not_modified') return { status: 'not_modified', hints: {} };
      const document = parseDocument(ScanListDocument, response.body, 'scan list');
      checkPageLength(document.data, Number(params['page[size]']), "Prowler App's scan page");
      const more = hasNextPage(document, page, Number(params['page[size]']));
      const done = query.updatedSince !== null && deltaReached(document.data, query.updatedSince);
      const scans = document.data.map((scan) => prowlerScanToScan(scan, dashboard));
      return fresh({ scans, nextCursor: more && !done ? encodeCursor(page + 1) : null }, response.etag);
    },

    async listJobs(scanId, ctx) {
      const found = await scanWithProvider(scanId, ctx);
      if (found === null) return { status: 'not_modified', hints: {} };
      return fresh(prowlerScanToJobs(found.scan, found.provider), found.etag);
    },

    async listErrors(scanId, ctx) {
      const found = await scanWithProvider(scanId, ctx);
      if (found === null) return { status: 'not_modified', hints: {} };
      const { scan, provider } = found;
      const jobId = prowlerScanToJobs(scan, provider)[0]?.id ?? null;
      const taskId = scan.relationships.task?.data?.id ?? null;
      const logs = connectionErrorLogs(scan, provider, jobId);
      if (scan.attributes.state === 'failed' && taskId !== null && jobId !== null) {
        const response = await send({ path: `/api/v1/tasks/${idSegment(taskId)}` }, ctx);
        const task = parseDocument(TaskDocument, okBody(response), 'task').data;
        logs.unshift(...taskErrorLogs(scan, task, jobId));
      }
      return fresh(logs, found.etag);
    },

    async runProject(projectId, ctx) {
      const body = { data: { type: 'scans', relationships: { provider: { data: { type: 'providers', id: projectId } } } } };
      const response = await send({ method: 'POST', path: '/api/v1/scans', body }, ctx);
      const task = parseDocument(TaskDocument, okBody(response), 'scan task').data;
      // The 202 carries the task; its kwargs name the new scan. Otherwise: the provider's newest scan.
      const args = v.safeParse(v.object({ scan_id: SafeId }), task.attributes.task_args);
      const scan = args.success
        ? (await scanWithProvider(args.output.scan_id, ctx))?.scan
        : await newestScan(projectId, ctx);
      if (!scan) throw new SourceError('invalid_response', 'Prowler App accepted the scan but does not list it');
      return prowlerScanToScan(scan, dashboard);
    },

    async stopScan() {
      throw new SourceError('bad_request', 'Prowler App cannot stop a running scan through its API');
    },
  };

  async function newestScan(providerId: string, ctx?: RequestContext) {
    const query = { 'filter[provider]': providerId, sort: '-inserted_at', 'page[size]': '1' };
    const response = await send({ path: '/api/v1/scans', query }, ctx);
    return parseDocument(ScanListDocument, okBody(response), 'scan list').data[0] ?? null;
  }
}

function okBody(response: Awaited<ReturnType<typeof sendAuthorized>>): unknown {
  if (response.status === 'not_modified') throw new SourceError('invalid_response', 'Prowler App answered 304 to an unconditional request');
  return response.body;
}

function fresh<T>(data: T, etag: string | null): Conditional<T> {
  return { status: 'ok', data, etag, hints: {} };
}
