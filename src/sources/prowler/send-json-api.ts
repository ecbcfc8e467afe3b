/**
 * One HTTP exchange with Prowler App in its JSON:API media type, mapping every failure to a typed
 * {@link SourceError}. It knows nothing of auth schemes: callers pass the Authorization value.
 */
import { SourceError } from '../scan-source.ts';
import { codeForStatus, guardedFetch } from '../http-json.ts';
import { parseRetryAfter } from '../retry-after.ts';
import { parseBoundedJson, readBodyText, REPLY_LIMITS } from '../reply-limits.ts';

export const JSON_API = 'application/vnd.api+json';

export interface HttpConfig {
  /** API root, e.g. `https://prowler.example.com` (a trailing `/api/v1` is tolerated). */
  baseUrl: string;
  fetch: typeof fetch;
  /** Per-request limit; a slow server becomes a `timeout` error instead of a hung sync. */
  timeoutMs: number;
}

export interface JsonApiRequest {
  method?: 'GET' | 'POST';
  /** Path under the API root, e.g. `/api/v1/scans`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  authorization?: string;
  etag?: string | null;
  signal?: AbortSignal;
}

export type JsonApiResponse =
  | { status: 'ok'; code: number; body: unknown; etag: string | null }
  | { status: 'not_modified' };

/** Builds the request URL; the API root is normalised so `…/api/v1/` and `…/` both work. */
export function jsonApiUrl(baseUrl: string, path: string, query: Record<string, string> = {}): string {
  const root = baseUrl.trim().replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  const url = new URL(root + path);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

/** Sends one request; resolves with the parsed JSON body (or "not modified"), or throws a SourceError. */
export async function sendJsonApi(config: HttpConfig, request: JsonApiRequest): Promise<JsonApiResponse> {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  let response: Response;
  try {
    response = await guardedFetch(config.fetch, jsonApiUrl(config.baseUrl, request.path, request.query), JSON_API, request, timeout);
  } catch (error) {
    if (request.signal?.aborted) throw error; // the caller cancelled: not a source failure
    if (timeout.aborted) throw new SourceError('timeout', `Prowler App did not answer within ${config.timeoutMs} ms`);
    throw new SourceError('network', 'Prowler App is unreachable (offline, DNS or connection refused)');
  }
  if (response.status === 304) return { status: 'not_modified' };
  if (!response.ok) throw await errorFor(response);
  let text: string;
  try {
    text = await readBodyText(response);
  } catch (error) {
    if (request.signal?.aborted || error instanceof SourceError) throw error; // cancelled, or over the size limit
    throw new SourceError(timeout.aborted ? 'timeout' : 'network', 'Prowler App stopped sending the response body');
  }
  const body = text.trim() === '' ? null : parseBoundedJson(text, `Prowler App's reply (HTTP ${response.status})`);
  return { status: 'ok', code: response.status, body, etag: response.headers.get('ETag') };
}

async function errorFor(response: Response): Promise<SourceError> {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
  const detail = await errorDetail(response);
  const message = `Prowler App answered HTTP ${status}${detail ? `: ${detail}` : ''}`;
  return new SourceError(codeForStatus(status, 'server_error'), message, retryAfterMs === undefined ? { status } : { status, retryAfterMs });
}

/** The first JSON:API error's detail, shortened: enough to explain, never a whole page of HTML. */
async function errorDetail(response: Response): Promise<string | null> {
  try {
    const body = parseBoundedJson(await readBodyText(response, REPLY_LIMITS.maxErrorBytes), 'the error reply') as { errors?: Array<{ detail?: unknown }> };
    const detail = body?.errors?.[0]?.detail;
    return typeof detail === 'string' ? detail.slice(0, 200) : null;
  } catch {
    return null;
  }
}
