/**
 * The contract Prowler App's own web UI (prowler-cloud/prowler `ui/`) needs from the Prowler flavour,
 * over real HTTP: every request here is one the UI makes on sign-in, the Scans page or the Providers
 * page (found by running it: scripts/prowler-ui/), answered in the shapes of Prowler's API v1.41.0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../start-server.ts';
import { DEMO_EMAIL } from './routes.ts';
import { ACCESS_TTL_MS } from './jwt-issuer.ts';
import { DEMO_TENANT_ID, DEMO_USER_ID } from './user-routes.ts';

const KEY = 'prowler-ui-password';
let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer({ flavor: 'prowler', port: 0, speed: 0, dashboard: false, scenario: 'seed', token: KEY });
});
afterAll(() => server?.close());

async function call(path: string, init: { method?: string; body?: unknown; auth?: boolean } = {}) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { Accept: 'application/vnd.api+json', 'Content-Type': 'application/vnd.api+json', ...(init.auth === false ? {} : { Authorization: `Api-Key ${KEY}` }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON documents, asserted field by field
  return { status: response.status, type: response.headers.get('content-type'), json: (await response.json()) as any };
}
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
const ids = (doc: { data: { id: string }[] }) => doc.data.map((r) => r.id);

describe("what Prowler's UI needs to sign in", () => {
  it('POST /tokens: a JWT with sub, tenant_id and an exp on real time (not the frozen simulated clock)', async () => {
    server.world.clock.advance(5 * 24 * 60 * 60_000); // the simulated clock runs ahead; tokens must not
    const before = Date.now();
    const r = await call('/tokens', { auth: false, body: { data: { type: 'tokens', attributes: { email: DEMO_EMAIL, password: KEY } } } });
    expect(r.status).toBe(200);
    const claims = claimsOf(r.json.data.attributes.access);
    expect(claims).toMatchObject({ token_type: 'access', sub: DEMO_USER_ID, tenant_id: DEMO_TENANT_ID });
    expect((claims.exp as number) * 1000).toBeGreaterThanOrEqual(Math.floor((before + ACCESS_TTL_MS) / 1000) * 1000);
    expect((claims.exp as number) * 1000).toBeLessThanOrEqual(Date.now() + ACCESS_TTL_MS);
    const refreshed = await call('/tokens/refresh', { auth: false, body: { data: { type: 'tokens-refresh', attributes: { refresh: r.json.data.attributes.refresh } } } });
    expect(refreshed.status).toBe(200);
    expect(claimsOf(refreshed.json.data.attributes.access)).toMatchObject({ sub: DEMO_USER_ID, tenant_id: DEMO_TENANT_ID });
  });

  it('GET /users/me?include=roles: the user and the role whose manage_* flags become permissions', async () => {
    const r = await call('/users/me?include=roles');
    expect(r.status).toBe(200);
    expect(r.json.data).toMatchObject({ type: 'users', id: DEMO_USER_ID, attributes: { email: DEMO_EMAIL, name: expect.any(String), company_name: expect.any(String), date_joined: expect.any(String) } });
    const role = r.json.included.find((i: { type: string }) => i.type === 'roles');
    expect(role.attributes).toMatchObject({ manage_users: true, manage_account: true, manage_providers: true, manage_scans: true, manage_integrations: true, unlimited_visibility: true });
    expect(r.json.data.relationships.roles.data).toEqual([{ type: 'roles', id: role.id }]);
    expect((await call('/users/me')).json.included).toBeUndefined();
    expect((await call('/users/me', { auth: false })).status).toBe(401);
  });

  it('/roles lists that role; /provider-groups and /schedules are valid empty lists', async () => {
    expect((await call('/roles')).json.data).toHaveLength(1);
    for (const path of ['/provider-groups', '/schedules?filter[provider__in]=p-running']) {
      const r = await call(path);
      expect([path, r.status, r.json.data, r.json.meta.pagination]).toEqual([path, 200, [], { page: 1, pages: 1, count: 0 }]);
    }
  });
});

describe("what Prowler's Scans page needs", () => {
  it('writes a scan without a task as relationships.task = { data: null }', async () => {
    const r = await call('/scans?filter[id__in]=s-not-started-1,s-running-1&page[size]=100');
    const byId = new Map(r.json.data.map((s: { id: string }) => [s.id, s]));
    expect((byId.get('s-not-started-1') as { relationships: unknown }).relationships).toMatchObject({ task: { data: null } });
    expect((byId.get('s-running-1') as { relationships: unknown }).relationships).toMatchObject({ task: { data: { type: 'tasks', id: 'task-s-running-1' } } });
  });

  it('sorts by name and trigger (and several keys), and refuses an unknown sort in JSON:API shape', async () => {
    const names = (await call('/scans?sort=name&page[size]=100')).json.data.map((s: { attributes: { name: string } }) => s.attributes.name);
    expect(names).toEqual([...names].sort());
    expect((await call('/scans?sort=-trigger,-inserted_at')).status).toBe(200);
    const bad = await call('/scans?sort=colour');
    expect([bad.status, bad.type, bad.json.errors[0].detail]).toEqual([400, 'application/vnd.api+json', 'invalid sort parameter: colour']);
  });

  it('filters by state__in, provider_type__in, provider_groups__in, trigger and search', async () => {
    const failed = await call('/scans?filter[state__in]=failed&page[size]=100');
    expect(failed.json.data.every((s: { attributes: { state: string } }) => s.attributes.state === 'failed')).toBe(true);
    expect(failed.json.meta.pagination.count).toBeGreaterThan(3);
    expect(ids((await call('/scans?filter[provider_type__in]=gcp,azure&sort=name')).json)).toEqual([
      's-recreated-integration-still-failing-1', // HR — Azure tenant #1
      's-recreated-integration-still-failing-2',
      's-temporary-then-success-1', // Logistics — GCP #1
      's-not-started-1', // Research — GCP #1
    ]);
    expect((await call('/scans?filter[provider_groups__in]=g-1')).json.data).toEqual([]);
    expect((await call('/scans?filter[trigger]=scheduled')).json.data).toEqual([]);
    expect((await call('/scans?filter[trigger]=manual&page[size]=100')).json.meta.pagination.count).toBe(server.world.state.scans.size);
    // Search looks in the scan name, the provider's alias and UID.
    expect(ids((await call('/scans?filter[search]=marketing')).json)).toEqual(['s-invalid-credentials-1']);
    expect(ids((await call('/scans?filter[search]=789012345678')).json)).toEqual(['s-permission-errors-1']);
  });

  it('sparse fieldsets: fields[scans]=state returns only the state', async () => {
    const r = await call('/scans?fields[scans]=state&filter[state]=failed&page[size]=1');
    expect(r.json.data[0].attributes).toEqual({ state: 'failed' });
    expect(r.json.data[0].relationships).toBeUndefined();
  });
});

describe("what Prowler's Providers page needs", () => {
  it('sorts, filters by connection and search, and carries last_scan_at', async () => {
    const aliases = (await call('/providers?sort=alias&page[size]=100')).json.data.map((p: { attributes: { alias: string } }) => p.attributes.alias);
    expect(aliases).toEqual([...aliases].sort());
    const broken = await call('/providers?filter[connected]=false&include=provider_groups');
    expect(ids(broken.json).sort()).toEqual(['p-invalid-credentials', 'p-recreated-integration-still-failing']);
    expect(broken.json.included).toEqual([]);
    expect(ids((await call('/providers?filter[search]=210987654321')).json)).toEqual(['p-invalid-credentials']);
    expect(ids((await call('/providers?filter[provider__in]=azure')).json)).toEqual(['p-recreated-integration-still-failing']);
    const latest = server.world.state.projects.get('p-stopped')!.scanIds.at(-1)!;
    const one = await call('/providers/p-stopped');
    expect(one.json.data.attributes.last_scan_at).toBe(server.world.state.scans.get(latest)!.scan.startedAt);
    expect((await call('/providers/p-not-started')).json.data.attributes.last_scan_at).toEqual(expect.any(String));
  });
});

describe('errors in JSON:API shape', () => {
  it('answers an unknown path or id with a JSON:API 404, and a wrong method with a 405', async () => {
    for (const path of ['/findings/metadata', '/providers/p-nope', '/scans/s-nope']) {
      const r = await call(path);
      expect([path, r.status, r.type, r.json.errors[0].status]).toEqual([path, 404, 'application/vnd.api+json', '404']);
    }
    const wrong = await call('/users/me', { method: 'DELETE' });
    expect([wrong.status, wrong.json.errors[0].code]).toEqual([405, 'method_not_allowed']);
  });
});
