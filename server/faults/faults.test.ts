import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/api-client.ts';
import { HOSTILE_STRINGS } from './spoil-body.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ scenario: 'partial-36' });
});
beforeEach(() => t.control('reset'));
afterAll(() => t.close());

const fault = (body: Record<string, unknown>) => t.control('fault', body);

describe('status faults', () => {
  it.each([
    ['401', 'unauthorized'],
    ['403', 'forbidden'],
    ['500', 'internal_error'],
    ['502', 'bad_gateway'],
    ['503', 'unavailable'],
    ['429', 'rate_limited'],
  ])('%s answers once with the error shape, then the API recovers', async (kind, code) => {
    await fault({ kind });
    const r = await t.api('/api/v1/projects');
    expect(r.status).toBe(Number(kind));
    expect(r.json.error.code).toBe(code);
    expect((await t.api('/api/v1/projects')).status).toBe(200);
  });

  it('429 and 503 carry Retry-After as seconds or as an HTTP-date', async () => {
    await fault({ kind: '429', retryAfter: 42 });
    expect((await t.api('/api/v1/scans')).headers.get('retry-after')).toBe('42');
    const date = 'Wed, 21 Oct 2026 07:28:00 GMT';
    await fault({ kind: '503', retryAfter: date });
    expect((await t.api('/api/v1/scans')).headers.get('retry-after')).toBe(date);
    await fault({ kind: '503' });
    expect((await t.api('/api/v1/scans')).headers.get('retry-after')).toBe('5');
  });

  it('honours match, count and count null (until reset)', async () => {
    await fault({ kind: '500', match: '/api/v1/integrations', count: 2 });
    expect((await t.api('/api/v1/projects')).status).toBe(200);
    expect((await t.api('/api/v1/integrations')).status).toBe(500);
    expect((await t.api('/api/v1/integrations')).status).toBe(500);
    expect((await t.api('/api/v1/integrations')).status).toBe(200);
    await fault({ kind: '502', count: null });
    for (let i = 0; i < 5; i++) expect((await t.api('/api/v1/projects')).status).toBe(502);
    await t.control('reset');
    expect((await t.api('/api/v1/projects')).status).toBe(200);
  });

  it('does not hit the dashboard mount or the control API by default', async () => {
    await fault({ kind: '500', count: null });
    expect((await t.raw('/app/api/v1/projects')).status).toBe(401);
    expect((await t.raw('/__control/state')).status).toBe(200);
  });
});

describe('body faults', () => {
  it('slow delays the normal response', async () => {
    await fault({ kind: 'slow', delayMs: 150 });
    const started = performance.now();
    const r = await t.api('/api/v1/projects');
    expect(r.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('truncated-json sends half a body that does not parse', async () => {
    await fault({ kind: 'truncated-json' });
    const r = await t.api('/api/v1/scans/s-partial-36-1/jobs', { validate: false });
    expect(r.status).toBe(200);
    expect(() => JSON.parse(r.text)).toThrow();
    expect(r.text.startsWith('{"data":[')).toBe(true);
  });

  it('malformed-json sends a Python-dict-like body', async () => {
    await fault({ kind: 'malformed-json' });
    const r = await t.api('/api/v1/projects', { validate: false });
    expect(() => JSON.parse(r.text)).toThrow();
    expect(r.text).toContain("'data'");
  });

  it('wrong-types sends JSON the schema rejects', async () => {
    await fault({ kind: 'wrong-types', count: 2 });
    const r = await t.api('/api/v1/scans', { validate: false });
    const scan = r.json.data[0];
    expect(typeof scan.id).toBe('number');
    expect(typeof scan.createdAt).toBe('number');
    expect(typeof scan.jobCount).toBe('string');
    // The OpenAPI check catches it: the same check every contract test's response passes.
    await expect(t.api('/api/v1/scans')).rejects.toThrow(/body off schema/);
  });

  it('oversized sends valid JSON of the requested size', async () => {
    await fault({ kind: 'oversized', sizeBytes: 2_000_000 });
    const r = await t.api('/api/v1/projects', { validate: false });
    expect(r.text.length).toBeGreaterThanOrEqual(2_000_000);
    expect(JSON.parse(r.text).data[0].id).toBe('p-partial-36');
  });

  it('hostile-strings keeps the schema but fills text fields with payloads', async () => {
    await fault({ kind: 'hostile-strings' });
    const r = await t.api('/api/v1/scans/s-partial-36-1/errors');
    const entry = r.json.data[0];
    expect(HOSTILE_STRINGS).toContain(entry.message);
    expect(entry.id).toBe('e-partial-36-1-36');
  });

  it.each([
    ['wrong-types', '/api/v1/scans'],
    ['hostile-strings', '/api/v1/scans/s-partial-36-1/errors'],
  ])('%s spoils one response only: the next is the clean one from before, byte for byte', async (kind, path) => {
    const before = await t.api(path);
    await fault({ kind, count: 1 });
    const spoiled = await t.api(path, { validate: false });
    expect(spoiled.json).not.toEqual(before.json);
    const after = await t.api(path);
    expect(after.json).toEqual(before.json);
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
  });

  it('refuses an unknown kind', async () => {
    const r = await t.raw('/__control/fault', { method: 'POST', body: JSON.stringify({ kind: 'gremlins' }) });
    expect(r.status).toBe(400);
  });
});
