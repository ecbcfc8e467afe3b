/**
 * The ScanSight scan API adapter (docs/scan-api.md): Bearer auth, delta listing with cursors,
 * ETag revalidation. Every body is validated; an invalid one throws SourceError('invalid_response').
 */
import * as v from 'valibot';
import type { Scan, SourceCapabilities } from '../../core/index.ts';
import { SourceError, type Conditional, type RequestContext, type ScanDetailsBatch, type ScanPage, type ScanSource } from '../scan-source.ts';
import { requestJson, type HttpConfig, type HttpRequest } from '../http-json.ts';
import { isAllowedApiUrl, normalizeBaseUrl } from '../api-origin.ts';
import { idSegment } from '../safe-id.ts';
import { ErrorLogSchema, IntegrationSchema, itemEnvelope, JobSchema, listEnvelope, ProjectSchema, ScanDetailsSchema, ScanSchema } from './wire-schemas.ts';
import { checkCursor, checkPageLength } from '../reply-limits.ts';

export interface ScanSightOptions {
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Most scan ids the API's `GET /scans/-/details` takes at once. */
export const MAX_SCAN_DETAILS_PER_REQUEST = 100;

/** Statuses by which a server says it has no bulk details endpoint (older servers: 404). */
const NO_BULK_STATUSES = new Set([404, 405, 501]);

/** The seed product cannot edit saved credentials; it can stop and re-run scans. */
export const SCANSIGHT_CAPABILITIES: SourceCapabilities = { credentialsEditable: false, canStop: true, canRerun: true };

function parse<T extends v.GenericSchema>(schema: T, body: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, body);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) ?? '(root)' : '(root)';
    throw new SourceError('invalid_response', `response failed validation at ${where}`);
  }
  return result.output;
}

/** Creates the adapter; throws SourceError('bad_request') when the URL is not one the token may go to. */
export function createScanSightSource(options: ScanSightOptions): ScanSource {
  if (!isAllowedApiUrl(options.apiUrl)) throw new SourceError('bad_request', 'API URL must be https (http only for localhost)');
  const config: HttpConfig = {
    baseUrl: normalizeBaseUrl(options.apiUrl),
    authorization: `Bearer ${options.token}`,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  };

  async function getList<T extends v.GenericSchema>(
    item: T,
    req: HttpRequest,
  ): Promise<Conditional<{ items: v.InferOutput<T>[]; nextCursor: string | null }>> {
    const result = await requestJson(config, req);
    if (result.status === 'not_modified') return result;
    const body = parse(listEnvelope(item), result.body);
    return { status: 'ok', data: { items: body.data, nextCursor: body.nextCursor ?? null }, etag: result.etag, hints: result.hints };
  }

  async function getItems<T extends v.GenericSchema>(item: T, path: string, ctx?: RequestContext): Promise<Conditional<v.InferOutput<T>[]>> {
    const result = await getList(item, { path, etag: ctx?.etag, signal: ctx?.signal });
    return result.status === 'ok' ? { ...result, data: result.data.items } : result;
  }

  // Refuses dot segments and other unsafe ids, whatever their origin (the cache, a message).
  const seg = idSegment;
  // Set once the server said it has no bulk details endpoint: the sync then asks per scan.
  let noBulk = false;
  return {
    capabilities: SCANSIGHT_CAPABILITIES,
    maxScanDetailsPerRequest: MAX_SCAN_DETAILS_PER_REQUEST,
    async listScanDetails(scanIds, ctx): Promise<ScanDetailsBatch | null> {
      if (noBulk) return null;
      if (scanIds.length === 0) return { details: [], hints: {} };
      if (scanIds.length > MAX_SCAN_DETAILS_PER_REQUEST) throw new SourceError('bad_request', `at most ${MAX_SCAN_DETAILS_PER_REQUEST} scans per details request`);
      for (const scanId of scanIds) seg(scanId); // safe ids only: no comma, no dot segment
      try {
        const result = await getList(ScanDetailsSchema, { path: 'api/v1/scans/-/details', query: { ids: scanIds.join(',') }, signal: ctx?.signal });
        if (result.status === 'not_modified') throw new SourceError('invalid_response', 'unexpected 304');
        return { details: result.data.items, hints: result.hints };
      } catch (error) {
        if (!(error instanceof SourceError && error.details.status !== undefined && NO_BULK_STATUSES.has(error.details.status))) throw error;
        noBulk = true;
        return null;
      }
    },
    listProjects: (ctx) => getItems(ProjectSchema, 'api/v1/projects', ctx),
    listIntegrations: (ctx) => getItems(IntegrationSchema, 'api/v1/integrations', ctx),
    listJobs: async (scanId, ctx) => getItems(JobSchema, `api/v1/scans/${seg(scanId)}/jobs`, ctx),
    listErrors: async (scanId, ctx) => getItems(ErrorLogSchema, `api/v1/scans/${seg(scanId)}/errors`, ctx),
    async listScans(query, ctx): Promise<Conditional<ScanPage>> {
      const result = await getList(ScanSchema, {
        path: 'api/v1/scans',
        query: { updatedSince: query.updatedSince, cursor: query.cursor, limit: query.limit },
        etag: ctx?.etag,
        signal: ctx?.signal,
      });
      if (result.status === 'not_modified') return result;
      checkPageLength(result.data.items, query.limit, 'the scans page');
      checkCursor(result.data.nextCursor);
      return { ...result, data: { scans: result.data.items, nextCursor: result.data.nextCursor } };
    },
    async runProject(projectId, ctx): Promise<Scan> {
      const result = await requestJson(config, { method: 'POST', path: `api/v1/projects/${seg(projectId)}/scans`, body: {}, signal: ctx?.signal });
      if (result.status === 'not_modified') throw new SourceError('invalid_response', 'unexpected 304');
      return parse(itemEnvelope(ScanSchema), result.body).data;
    },
    async stopScan(scanId, ctx): Promise<void> {
      await requestJson(config, { method: 'POST', path: `api/v1/scans/${seg(scanId)}/stop`, body: {}, signal: ctx?.signal });
    },
  };
}
