/**
 * One JSON request to a scan API: bearer auth, conditional GET, a per-request timeout well under the
 * MV3 30 s fetch limit, and every failure mapped to a typed {@link SourceError}. Shared by adapters.
 */
import { SourceError, type PollHints, type SourceErrorCode } from './scan-source.ts';
import { parsePollInterval, parseRetryAfter } from './retry-after.ts';
import { parseBoundedJson, readBodyText, REPLY_LIMITS } from './reply-limits.ts';

/** Per-request timeout: well under the 30 s after which MV3 kills a worker waiting on fetch. */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface HttpConfig {
  /** Absolute base URL ending in '/'. */
  baseUrl: string;
  /** Value of the Authorization header, e.g. `Bearer …`. Never logged. */
  authorization: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

export interface HttpRequest {
  method?: 'GET' | 'POST';
  /** Path relative to the base URL, without a leading slash. */
  path: string;
  query?: Record<string, string | number | null | undefined>;
  etag?: string | null;
  signal?: AbortSignal;
  body?: unknown;
}

export type HttpResult =
  | { status: 'ok'; body: unknown; etag: string | null; hints: PollHints }
  | { status: 'not_modified'; hints: PollHints };

/** Sends the request; resolves with the parsed JSON body (not yet validated) or "not modified". */
export async function requestJson(config: HttpConfig, req: HttpRequest): Promise<HttpResult> {
  const url = new URL(req.path, config.baseUrl);
  if (url.origin !== new URL(config.baseUrl).origin) throw new SourceError('bad_request', 'path leaves the API origin');
  for (const [key, value] of Object.entries(req.query ?? {})) {
    if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
  }
  const timeout = AbortSignal.timeout(config.timeoutMs ?? REQUEST_TIMEOUT_MS);
  let response: Response;
  try {
    response = await guardedFetch(config.fetch ?? fetch, url, 'application/json', { ...req, authorization: config.authorization }, timeout);
  } catch (error) {
    if (timeout.aborted) throw new SourceError('timeout', `no answer within ${config.timeoutMs ?? REQUEST_TIMEOUT_MS} ms`);
    throw new SourceError('network', error instanceof Error ? error.name : 'fetch failed');
  }

  const hints: PollHints = {};
  const pollIntervalMs = parsePollInterval(response.headers.get('X-Poll-Interval'));
  if (pollIntervalMs !== undefined) hints.pollIntervalMs = pollIntervalMs;
  if (response.status === 304) return { status: 'not_modified', hints };
  if (!response.ok) throw await errorFor(response, config.now?.() ?? Date.now(), pollIntervalMs);

  let text: string;
  try {
    text = response.status === 204 ? 'null' : await readBodyText(response);
  } catch (error) {
    if (error instanceof SourceError) throw error; // over the size limit
    if (timeout.aborted) throw new SourceError('timeout', 'body not received in time');
    throw new SourceError('network', 'the connection broke while the body was read');
  }
  const body = parseBoundedJson(text, `the reply (HTTP ${response.status})`);
  return { status: 'ok', body, etag: response.headers.get('ETag'), hints };
}

/** What {@link guardedFetch} sends: the Authorization value, an ETag to revalidate, a JSON body. */
export interface WireRequest {
  method?: 'GET' | 'POST';
  body?: unknown;
  authorization?: string;
  etag?: string | null;
  signal?: AbortSignal;
}

/**
 * fetch with the headers of `type` (Accept; Content-Type when there is a body) and the token's guards:
 * it never follows a redirect elsewhere, no cookies ride along, and `timeout` (or the caller) aborts it.
 */
export function guardedFetch(fetchFn: typeof fetch, url: string | URL, type: string, req: WireRequest, timeout: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { Accept: type };
  if (req.authorization) headers.Authorization = req.authorization;
  if (req.etag) headers['If-None-Match'] = req.etag;
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  if (body !== undefined) headers['Content-Type'] = type;
  return fetchFn(url, {
    method: req.method ?? 'GET',
    headers,
    body,
    signal: req.signal ? AbortSignal.any([req.signal, timeout]) : timeout,
    redirect: 'error',
    credentials: 'omit',
    cache: 'no-store',
  });
}

/** The {@link SourceErrorCode} of an HTTP error status (`gatewayTimeout`: what 504 means to the caller). */
export function codeForStatus(status: number, gatewayTimeout: SourceErrorCode = 'unavailable'): SourceErrorCode {
  if (status === 504) return gatewayTimeout;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503) return 'unavailable';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

async function errorFor(response: Response, now: number, pollIntervalMs: number | undefined): Promise<SourceError> {
  const details: SourceError['details'] = { status: response.status };
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
  if (retryAfterMs !== undefined) details.retryAfterMs = retryAfterMs;
  if (pollIntervalMs !== undefined) details.pollIntervalMs = pollIntervalMs;
  // The API's own error code (`{error:{code,message}}`) when it sent one; only the code, kept short.
  let apiCode = '';
  try {
    const body = parseBoundedJson(await readBodyText(response, REPLY_LIMITS.maxErrorBytes), 'the error reply') as { error?: { code?: unknown } };
    if (typeof body?.error?.code === 'string') apiCode = body.error.code.slice(0, 64);
  } catch {
    // No JSON error body: the HTTP status alone says enough.
  }
  return new SourceError(codeForStatus(response.status), `HTTP ${response.status}${apiCode ? ` ${apiCode}` : ''}`, details);
}
