/**
 * The seam between a scan API and the rest of ScanSight. Each adapter (the ScanSight scan API,
 * Prowler App, …) validates every response at the boundary: what it returns is well-formed domain
 * data, or it throws a {@link SourceError}. Invalid data is rejected whole, never partially returned.
 */
import type { ErrorLog, Integration, Job, Project, Scan, SourceCapabilities } from '../core/index.ts';

/** What a server said about how to poll it, on any response. */
export interface PollHints {
  /** The server's poll-interval hint, in ms. */
  pollIntervalMs?: number;
}

/** A conditional GET's result: fresh data (with its ETag), or "not modified". */
export type Conditional<T> =
  | { status: 'ok'; data: T; etag: string | null; hints: PollHints }
  | { status: 'not_modified'; hints: PollHints };

export interface RequestContext {
  signal?: AbortSignal;
  /** ETag of the cached copy, sent as If-None-Match. */
  etag?: string | null;
}

export interface ScanPage {
  scans: Scan[];
  /** Opaque cursor for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ScanQuery {
  /** Only scans changed at or after this ISO time; null for all. */
  updatedSince: string | null;
  cursor: string | null;
  limit: number;
}

/** One scan's jobs and error logs from a bulk request, with the ETags of its per-scan resources (null when not given). */
export interface ScanDetails {
  scanId: string;
  jobs: Job[];
  errors: ErrorLog[];
  jobsEtag: string | null;
  errorsEtag: string | null;
}

/** A bulk details answer: one entry per scan the API knows (an unknown scan is left out). */
export interface ScanDetailsBatch {
  details: ScanDetails[];
  hints: PollHints;
}

export interface ScanSource {
  readonly capabilities: SourceCapabilities;
  listProjects(ctx?: RequestContext): Promise<Conditional<Project[]>>;
  listScans(query: ScanQuery, ctx?: RequestContext): Promise<Conditional<ScanPage>>;
  listJobs(scanId: string, ctx?: RequestContext): Promise<Conditional<Job[]>>;
  listErrors(scanId: string, ctx?: RequestContext): Promise<Conditional<ErrorLog[]>>;
  /**
   * Jobs and error logs of many scans in one request, for APIs that offer it (optional: a source
   * without it is asked per scan). Resolves null when this server turned out not to have it; then the
   * caller asks per scan with listJobs/listErrors.
   */
  listScanDetails?(scanIds: string[], ctx?: RequestContext): Promise<ScanDetailsBatch | null>;
  /** Most scan ids one listScanDetails call may take. */
  readonly maxScanDetailsPerRequest?: number;
  listIntegrations(ctx?: RequestContext): Promise<Conditional<Integration[]>>;
  /** Runs the project's scan again: creates and submits a new scan. */
  runProject(projectId: string, ctx?: RequestContext): Promise<Scan>;
  /** Stops a running scan (only where capabilities.canStop). */
  stopScan(scanId: string, ctx?: RequestContext): Promise<void>;
}

export type SourceErrorCode =
  | 'unauthorized' // 401: token missing or rejected
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'rate_limited' // 429
  | 'unavailable' // 503, 502
  | 'server_error' // other 5xx
  | 'invalid_response' // body did not validate: nothing of it reaches the cache
  | 'timeout'
  | 'network' // offline, DNS, refused
  | 'bad_request'; // other 4xx

/** Every failure a source reports: a code a table can map to badge and banner, never a free-form string. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; pollIntervalMs?: number } = {},
  ) {
    super(message);
  }
}
