import { afterEach, describe, expect, it } from 'vitest';
import { createScanSightSource } from './scansight-source.ts';
import { SourceError } from '../scan-source.ts';
import { sendJson, startTinyServer, type TinyServer } from '../test/tiny-server.ts';

const scan = {
  id: 's-1', projectId: 'p-1', name: 'Nightly', kind: 'cspm', lifecycle: 'submitted',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:05:00Z', submittedAt: '2026-01-01T00:00:01Z',
  startedAt: '2026-01-01T00:00:02Z', finishedAt: null, integrationId: 'i-1', jobCount: 2,
  dashboardUrl: null, submissionError: null,
};

let server: TinyServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

async function sourceFor(handler: Parameters<typeof startTinyServer>[0], timeoutMs?: number) {
  server = await startTinyServer(handler);
  return createScanSightSource({ apiUrl: server.url, token: 'tok-123', timeoutMs });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof SourceError ? error.code : `other: ${String(error)}`;
  }
}

describe('createScanSightSource', () => {
  it('lists scans with the query, bearer token, ETag and poll hint', async () => {
    const source = await sourceFor((_req, res) => sendJson(res, 200, { data: [scan], nextCursor: 'c2' }, { ETag: '"v1"', 'X-Poll-Interval': '45' }));
    const page = await source.listScans({ updatedSince: '2026-01-01T00:00:00Z', cursor: 'c1', limit: 50 });
    expect(page).toEqual({ status: 'ok', data: { scans: [scan], nextCursor: 'c2' }, etag: '"v1"', hints: { pollIntervalMs: 45_000 } });
    const req = server!.requests[0]!;
    expect(req.headers.authorization).toBe('Bearer tok-123');
    const url = new URL(req.url, 'http://x');
    expect(url.pathname).toBe('/api/v1/scans');
    expect(Object.fromEntries(url.searchParams)).toEqual({ updatedSince: '2026-01-01T00:00:00Z', cursor: 'c1', limit: '50' });
  });

  it('sends If-None-Match and reports 304 as not modified', async () => {
    const source = await sourceFor((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { 'X-Poll-Interval': '60' }); res.end(); return; }
      sendJson(res, 200, { data: [] });
    });
    expect(await source.listProjects({ etag: '"v1"' })).toEqual({ status: 'not_modified', hints: { pollIntervalMs: 60_000 } });
  });

  it('rejects a body that fails validation, whole', async () => {
    const source = await sourceFor((_req, res) => sendJson(res, 200, { data: [scan, { ...scan, id: 's-2', jobCount: -1 }] }));
    expect(await codeOf(source.listScans({ updatedSince: null, cursor: null, limit: 10 }))).toBe('invalid_response');
  });

  it('rejects malformed JSON', async () => {
    const source = await sourceFor((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"data": ['); });
    expect(await codeOf(source.listIntegrations())).toBe('invalid_response');
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [400, 'bad_request'],
    [500, 'server_error'],
    [503, 'unavailable'],
  ])('maps HTTP %d to %s', async (status, code) => {
    const source = await sourceFor((_req, res) => sendJson(res, status, { error: { code: 'x', message: 'no' } }));
    expect(await codeOf(source.listJobs('s-1'))).toBe(code);
  });

  it('carries Retry-After of a 429 in ms', async () => {
    const source = await sourceFor((_req, res) => sendJson(res, 429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'Retry-After': '7' }));
    const error = await source.listErrors('s-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).details).toMatchObject({ status: 429, retryAfterMs: 7000 });
    expect((error as SourceError).message).not.toContain('tok-123');
  });

  it('times out a request that never answers', async () => {
    const source = await sourceFor(() => { /* never answers */ }, 50);
    expect(await codeOf(source.listProjects())).toBe('timeout');
  });

  it('reports a refused connection as network', async () => {
    const source = await sourceFor((_req, res) => sendJson(res, 200, {}));
    await server!.close();
    server = undefined;
    expect(await codeOf(source.listProjects())).toBe('network');
  });

  it('runs a project and stops a scan with POSTs', async () => {
    const source = await sourceFor((req, res) => {
      if (req.url === '/api/v1/projects/p%3A1/scans') sendJson(res, 201, { data: { ...scan, id: 's-9', lifecycle: 'submitting' } });
      else { res.writeHead(204); res.end(); }
    });
    expect((await source.runProject('p:1')).id).toBe('s-9');
    await source.stopScan('s-9');
    expect(server!.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/v1/projects/p%3A1/scans', 'POST /api/v1/scans/s-9/stop']);
  });

  const job = {
    id: 'j-1', scanId: 's-1', name: 'ec2', target: { account: '1', region: null, service: 'ec2' }, scanner: 'prowler',
    status: 'failed', attempt: 1, startedAt: null, finishedAt: null, durationMs: null,
  };
  const log = { id: 'e-1', scanId: 's-1', jobId: 'j-1', at: '2026-01-01T00:03:00Z', code: null, message: 'boom', detail: null };

  it("gets many scans' jobs and errors in one request, with their per-scan ETags", async () => {
    const source = await sourceFor((_req, res) =>
      sendJson(res, 200, { data: [{ scanId: 's-1', jobs: [job], errors: [log], jobsEtag: '"j"', errorsEtag: '"e"' }, { scanId: 's-2', jobs: [], errors: [] }] }, { 'X-Poll-Interval': '30' }));
    const batch = await source.listScanDetails!(['s-1', 's-2', 's-3']);
    expect(batch).toEqual({
      details: [
        { scanId: 's-1', jobs: [job], errors: [log], jobsEtag: '"j"', errorsEtag: '"e"' },
        { scanId: 's-2', jobs: [], errors: [], jobsEtag: null, errorsEtag: null },
      ],
      hints: { pollIntervalMs: 30_000 },
    });
    const url = new URL(server!.requests[0]!.url, 'http://x');
    expect(url.pathname).toBe('/api/v1/scans/-/details');
    expect(url.searchParams.get('ids')).toBe('s-1,s-2,s-3');
  });

  it('rejects a details answer with one bad job, whole', async () => {
    const source = await sourceFor((_req, res) => sendJson(res, 200, { data: [{ scanId: 's-1', jobs: [{ ...job, attempt: 0 }], errors: [] }] }));
    expect(await codeOf(source.listScanDetails!(['s-1']))).toBe('invalid_response');
  });

  it('answers null, once asked, when the server has no details endpoint (404), and does not ask again', async () => {
    const source = await sourceFor((_req, res) => sendJson(res, 404, { error: { code: 'not_found', message: 'no such endpoint' } }));
    expect(await source.listScanDetails!(['s-1'])).toBeNull();
    expect(await source.listScanDetails!(['s-2'])).toBeNull();
    expect(server!.requests).toHaveLength(1);
  });

  it('passes other details failures on, and never builds a request from an unsafe id or too many ids', async () => {
    const source = await sourceFor((_req, res) => sendJson(res, 503, { error: { code: 'unavailable', message: 'later' } }));
    expect(await codeOf(source.listScanDetails!(['s-1']))).toBe('unavailable');
    expect(await codeOf(source.listScanDetails!(['s-1', '..']))).toBe('bad_request');
    expect(await codeOf(source.listScanDetails!(['s-1,s-2']))).toBe('bad_request');
    expect(await codeOf(source.listScanDetails!(Array.from({ length: 101 }, (_, i) => `s-${i}`)))).toBe('bad_request');
    expect(server!.requests).toHaveLength(1);
  });

  it('refuses a plain-http API URL off the loopback host', () => {
    expect(() => createScanSightSource({ apiUrl: 'http://scans.example.com', token: 't' })).toThrow(SourceError);
  });
});
