import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/api-client.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ scenario: 'seed' });
});
afterAll(() => t.close());

describe('GET endpoints (seed scenario)', () => {
  it('lists projects with the documented fields', async () => {
    const r = await t.api('/api/v1/projects');
    expect(r.status).toBe(200);
    const partial = r.json.data.find((p: { id: string }) => p.id === 'p-partial-36');
    expect(partial).toEqual({
      id: 'p-partial-36',
      name: 'Payments — AWS production',
      kind: 'cspm',
      integrationId: 'i-partial-36',
      dashboardUrl: `${t.server.url}/app/projects/p-partial-36/history`,
    });
  });

  it('lists scans with jobCount, lifecycle and the standard headers', async () => {
    const r = await t.api('/api/v1/scans?limit=500');
    expect(r.status).toBe(200);
    expect(r.json.nextCursor).toBeNull();
    const byId = new Map<string, { lifecycle: string; jobCount: number; submissionError: string | null }>(r.json.data.map((s: { id: string }) => [s.id, s]));
    expect(byId.get('s-partial-36-1')).toMatchObject({ lifecycle: 'submitted', jobCount: 36 });
    expect(byId.get('s-not-started-1')).toMatchObject({ lifecycle: 'created', jobCount: 0 });
    expect(byId.get('s-submission-error-1')?.lifecycle).toBe('submission_failed');
    expect(byId.get('s-submission-error-1')?.submissionError).toMatch(/could not be submitted/);
    expect(r.headers.get('x-poll-interval')).toBe('15');
    expect(Date.parse(r.headers.get('x-server-time') ?? '')).not.toBeNaN();
    expect(r.headers.get('etag')).toMatch(/^"[\w-]+"$/);
  });

  it('returns one scan, and 404 in the error shape for an unknown one', async () => {
    expect((await t.api('/api/v1/scans/s-stopped-1')).json.data.lifecycle).toBe('stopped');
    const missing = await t.api('/api/v1/scans/s-nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: { code: 'not_found', message: 'scan s-nope not found' } });
  });

  it("lists a scan's 36 jobs with targets and attempts", async () => {
    const r = await t.api('/api/v1/scans/s-partial-36-1/jobs');
    expect(r.json.data).toHaveLength(36);
    expect(r.json.data[0]).toMatchObject({ id: 'j-partial-36-1-01', scanId: 's-partial-36-1', name: 'ec2 · us-east-1', scanner: 'prowler', attempt: 1, target: { account: '123456789012', region: 'us-east-1', service: 'ec2' } });
    const failed = r.json.data.filter((j: { status: string }) => j.status === 'failed');
    expect(failed.map((j: { id: string }) => j.id)).toEqual(['j-partial-36-1-36']);
    expect((await t.api('/api/v1/scans/s-x/jobs')).status).toBe(404);
  });

  it("lists a scan's error logs, one per failed job", async () => {
    const r = await t.api('/api/v1/scans/s-invalid-credentials-1/errors');
    expect(r.json.data).toHaveLength(36);
    expect(r.json.data[0]).toMatchObject({ jobId: 'j-invalid-credentials-1-01', code: 'InvalidClientTokenId' });
    expect(r.json.data[0].message).toContain('The security token included in the request is invalid');
    const submit = await t.api('/api/v1/scans/s-submission-error-1/errors');
    expect(submit.json.data).toEqual([expect.objectContaining({ id: 'e-submission-error-1-submit', jobId: null, code: 'SCANNER_SUBMISSION_FAILED' })]);
    expect((await t.api('/api/v1/scans/s-x/errors')).status).toBe(404);
  });

  it("returns many scans' jobs and errors in one response, each with its per-scan ETags", async () => {
    const r = await t.api('/api/v1/scans/-/details?ids=s-partial-36-1,s-nope,s-invalid-credentials-1,s-partial-36-1');
    expect(r.status).toBe(200);
    // In the order asked, an unknown id left out, a repeated one once.
    expect(r.json.data.map((d: { scanId: string }) => d.scanId)).toEqual(['s-partial-36-1', 's-invalid-credentials-1']);
    const [partial, invalid] = r.json.data;
    const jobs = await t.api('/api/v1/scans/s-partial-36-1/jobs');
    const errors = await t.api('/api/v1/scans/s-invalid-credentials-1/errors');
    expect(partial.jobs).toEqual(jobs.json.data);
    expect(invalid.errors).toEqual(errors.json.data);
    expect(partial.jobsEtag).toBe(jobs.headers.get('etag'));
    expect(invalid.errorsEtag).toBe(errors.headers.get('etag'));
    // The per-scan resource revalidates with the tag the bulk answer carried.
    expect((await t.api('/api/v1/scans/s-partial-36-1/jobs', { headers: { 'if-none-match': partial.jobsEtag } })).status).toBe(304);
    // The bulk answer itself has an ETag and revalidates like any GET.
    const again = await t.api('/api/v1/scans/-/details?ids=s-partial-36-1,s-nope,s-invalid-credentials-1,s-partial-36-1', { headers: { 'if-none-match': r.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['no ids', ''],
    ['an empty ids', '?ids='],
    ['an invalid id', '?ids=s-1,../x'],
    ['more than 100 ids', `?ids=${Array.from({ length: 101 }, (_, i) => `s-${i}`).join(',')}`],
  ])('refuses %s on the details endpoint with 400', async (_name, query) => {
    const r = await t.api(`/api/v1/scans/-/details${query}`);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('bad_request');
  });

  it('lists integrations with their last auth status', async () => {
    const r = await t.api('/api/v1/integrations');
    const status = Object.fromEntries(r.json.data.map((i: { id: string; lastAuthStatus: string }) => [i.id, i.lastAuthStatus]));
    expect(status['i-partial-36']).toBe('ok');
    expect(status['i-invalid-credentials']).toBe('failed');
    expect(status['i-recreated-integration-still-failing-2']).toBe('failed');
    expect(status).not.toHaveProperty('i-recreated-integration-still-failing-1');
  });
});

describe('auth', () => {
  it.each([
    ['no header', { auth: false }],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['another scheme', { authorization: 'Basic ZGVtby10b2tlbg==' }],
  ])('refuses %s with 401, WWW-Authenticate and the error body', async (_name, headers) => {
    const r = await t.api('/api/v1/projects', 'auth' in headers ? { auth: false } : { headers: headers as Record<string, string> });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain('Bearer');
    expect(r.json.error.code).toBe('unauthorized');
  });

  it('refuses the dashboard mount without a session cookie, even with the bearer token', async () => {
    const r = await t.api('/app/api/v1/projects');
    expect(r.status).toBe(401);
  });
});

describe('ETag and 304', () => {
  it.each(['/api/v1/projects', '/api/v1/scans', '/api/v1/scans/s-partial-36-1', '/api/v1/scans/s-partial-36-1/jobs', '/api/v1/scans/s-partial-36-1/errors', '/api/v1/integrations'])(
    '%s answers 304 to its own ETag, 200 to another',
    async (path) => {
      const first = await t.api(path);
      const etag = first.headers.get('etag')!;
      const again = await t.api(path, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('x-poll-interval')).toBe('15');
      expect((await t.api(path, { headers: { 'if-none-match': `W/${etag}, "other"` } })).status).toBe(304);
      expect((await t.api(path, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
    },
  );

  it('changes the ETag when the data changes', async () => {
    const before = await t.api('/api/v1/scans/s-running-1/jobs');
    await t.control('advance', { ms: 60_000 });
    const after = await t.api('/api/v1/scans/s-running-1/jobs', { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });
});

describe('unknown routes', () => {
  it('404s an unknown path and 405s a wrong method, in the error shape', async () => {
    const missing = await t.raw('/api/v1/nothing', { headers: { authorization: 'Bearer demo-token' } });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
    const wrong = await t.raw('/api/v1/projects', { method: 'DELETE', headers: { authorization: 'Bearer demo-token' } });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });
});
