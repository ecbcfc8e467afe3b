import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/api-client.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ scenario: 'seed' });
});
beforeEach(() => t.control('reset'));
afterAll(() => t.close());

const post = (body?: unknown) => ({ method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('POST /projects/{id}/scans (Run / Re-run)', () => {
  it('creates and submits a new scan, which then runs its jobs on the simulated clock', async () => {
    const r = await t.api('/api/v1/projects/p-partial-36/scans', post());
    expect(r.status).toBe(201);
    expect(r.json.data).toMatchObject({ id: 's-partial-36-2', projectId: 'p-partial-36', lifecycle: 'submitting', jobCount: 0 });
    expect(r.headers.get('location')).toBe('/api/v1/scans/s-partial-36-2');
    await t.control('advance', { ms: 10_000 });
    const scan = (await t.api('/api/v1/scans/s-partial-36-2')).json.data;
    expect(scan).toMatchObject({ lifecycle: 'submitted', jobCount: 36 });
    const jobs = (await t.api('/api/v1/scans/s-partial-36-2/jobs')).json.data;
    expect(jobs.some((j: { status: string }) => j.status === 'running')).toBe(true);
  });

  it('submits the never-run scan of a Not Started project instead of creating another', async () => {
    const r = await t.api('/api/v1/projects/p-not-started/scans', post({}));
    expect(r.status).toBe(201);
    expect(r.json.data).toMatchObject({ id: 's-not-started-1', lifecycle: 'submitting' });
  });

  it('refuses a run while the latest scan still runs (409), an unknown project (404), a bad body (400)', async () => {
    expect((await t.api('/api/v1/projects/p-running/scans', post())).json.error.code).toBe('conflict');
    expect((await t.api('/api/v1/projects/p-nope/scans', post())).status).toBe(404);
    expect((await t.api('/api/v1/projects/p-partial-36/scans', post({ integrationId: 'i-nope' }))).status).toBe(400);
    expect((await t.api('/api/v1/projects/p-partial-36/scans', post({ integrationId: 7 }))).status).toBe(400);
    const malformed = await t.api('/api/v1/projects/p-partial-36/scans', { method: 'POST', body: '{nope' });
    expect(malformed.json).toEqual({ error: { code: 'bad_request', message: 'request body is not valid JSON' } });
  });
});

describe('POST /scans/{id}/stop', () => {
  it('stops a running scan: unfinished jobs become stopped', async () => {
    const r = await t.api('/api/v1/scans/s-running-1/stop', post());
    expect(r.status).toBe(200);
    expect(r.json.data.lifecycle).toBe('stopped');
    expect(r.json.data.finishedAt).not.toBeNull();
    const statuses = new Set((await t.api('/api/v1/scans/s-running-1/jobs')).json.data.map((j: { status: string }) => j.status));
    expect([...statuses].sort()).toEqual(['stopped', 'succeeded']);
  });

  it('answers 409 for a scan that is not running and 404 for an unknown one', async () => {
    expect((await t.api('/api/v1/scans/s-partial-36-1/stop', post())).status).toBe(409);
    expect((await t.api('/api/v1/scans/s-nope/stop', post())).status).toBe(404);
  });
});

describe('integrations: create and delete, never edit', () => {
  const aws = { provider: 'aws', name: 'aws-payments (new)', credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret' } };

  it('creates a connector without echoing its credentials', async () => {
    const r = await t.api('/api/v1/integrations', post(aws));
    expect(r.status).toBe(201);
    expect(r.json.data).toMatchObject({ provider: 'aws', name: 'aws-payments (new)', lastAuthStatus: 'ok' });
    expect(r.text).not.toContain('secret');
    const listed = (await t.api('/api/v1/integrations')).json.data.map((i: { id: string }) => i.id);
    expect(listed).toContain(r.json.data.id);
  });

  it('marks a connector whose secret is rejected as failed', async () => {
    const r = await t.api('/api/v1/integrations', post({ ...aws, credentials: { accessKeyId: 'AKIA', secretAccessKey: 'invalid-secret' } }));
    expect(r.json.data.lastAuthStatus).toBe('failed');
  });

  it.each([
    [{ ...aws, provider: 'oracle' }, /provider must be one of/],
    [{ ...aws, name: '' }, /name must be/],
    [{ ...aws, credentials: { accessKeyId: 'AKIA' } }, /need secretAccessKey/],
    [[], /provider must be one of/],
  ])('refuses an invalid body (%#)', async (body, message) => {
    const r = await t.api('/api/v1/integrations', post(body));
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(message);
  });

  it('deletes a connector (204), then 404s it; there is no PATCH', async () => {
    expect((await t.api('/api/v1/integrations/i-invalid-credentials', { method: 'DELETE' })).status).toBe(204);
    expect((await t.api('/api/v1/integrations/i-invalid-credentials', { method: 'DELETE' })).status).toBe(404);
    const patch = await t.raw('/api/v1/integrations/i-partial-36', { method: 'PATCH', headers: { authorization: 'Bearer demo-token' } });
    expect(patch.status).toBe(405);
  });

  it('re-creating the connector and re-running with it fixes invalid credentials', async () => {
    const created = (await t.api('/api/v1/integrations', post(aws))).json.data;
    const run = await t.api('/api/v1/projects/p-invalid-credentials/scans', post({ integrationId: created.id }));
    expect(run.json.data.integrationId).toBe(created.id);
    await t.control('advance', { ms: 30 * 60_000 });
    const jobs = (await t.api(`/api/v1/scans/${run.json.data.id}/jobs`)).json.data;
    expect(jobs.every((j: { status: string }) => j.status === 'succeeded')).toBe(true);
    expect((await t.api('/api/v1/projects')).json.data.find((p: { id: string }) => p.id === 'p-invalid-credentials').integrationId).toBe(created.id);
  });

  it('a run whose connector was deleted fails submission', async () => {
    await t.api('/api/v1/integrations/i-partial-36', { method: 'DELETE' });
    const run = (await t.api('/api/v1/projects/p-partial-36/scans', post())).json.data;
    await t.control('advance', { ms: 10_000 });
    const scan = (await t.api(`/api/v1/scans/${run.id}`)).json.data;
    expect(scan.lifecycle).toBe('submission_failed');
    expect(scan.submissionError).toContain('integration i-partial-36 does not exist');
  });
});
