import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/api-client.ts';

let t: TestServer;
let cookie: string;
beforeAll(async () => {
  t = await startTestServer({ scenario: 'seed', dashboard: true });
  // The first page view may build the dashboard (cached in node_modules/.cache afterwards).
  const page = await fetch(`${t.server.url}/app/projects`);
  cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
}, 180_000);
afterAll(() => t.close());

describe('the dashboard and its session', () => {
  it('serves the SPA for every /app route with a session cookie, and its built assets', async () => {
    const page = await t.raw('/app/projects/p-partial-36/history');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('set-cookie')).toMatch(/^scansight_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const asset = await t.raw(script!);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect((await t.raw('/app/assets/../../package.json')).status).not.toBe(200);
  });

  it('does not issue a new session to a browser that has one', async () => {
    const again = await t.raw('/app/integrations', { headers: { cookie } });
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('lets the session read the dashboard mount of the API, validated against the contract', async () => {
    const r = await t.api('/app/api/v1/scans?limit=5', { auth: false, headers: { cookie } });
    expect(r.status).toBe(200);
    expect(r.json.data).toHaveLength(5);
    expect((await t.api('/app/api/v1/projects', { auth: false, headers: { cookie: 'scansight_session=forged' } })).status).toBe(401);
  });

  it('needs a same-origin Origin for changes through the session (CSRF)', async () => {
    const run = (origin?: string) => t.api('/app/api/v1/projects/p-partial-36/scans', { method: 'POST', auth: false, headers: { cookie, ...(origin ? { origin } : {}) } });
    expect((await run()).status).toBe(403);
    expect((await run('http://evil.example')).status).toBe(403);
    expect((await run(t.server.url)).status).toBe(201);
  });

  it('redirects / to the Projects page', async () => {
    const r = await fetch(`${t.server.url}/`, { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/app/projects');
  });
});
