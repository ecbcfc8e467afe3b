/**
 * The Prowler adapter against the reference server's Prowler flavor over real HTTP (127.0.0.1,
 * ephemeral port, frozen simulated clock): the statuses the extension derives through Prowler's
 * API must match what the world's own jobs say.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aggregateScanStatus, type Scan } from '../../src/core/index.ts';
import { createProwlerSourceFromConfig } from '../../src/sources/prowler/from-config.ts';
import { memoryTokenStore } from '../../src/sources/prowler/token-stores.ts';
import type { ScanSource } from '../../src/sources/scan-source.ts';
import { startReferenceServer, type ReferenceServer } from '../start-server.ts';
import { jobsOf } from '../state.ts';
import { DEMO_EMAIL } from './routes.ts';

let server: ReferenceServer;
let source: ScanSource;

beforeAll(async () => {
  server = await startReferenceServer({ flavor: 'prowler', port: 0, speed: 0, dashboard: false, scenario: 'seed', token: 'prowler-demo-key' });
  source = createProwlerSourceFromConfig({ apiUrl: server.url, token: 'prowler-demo-key' });
});
afterAll(() => server?.close());

async function allScans(s: ScanSource, updatedSince: string | null = null): Promise<Scan[]> {
  const scans: Scan[] = [];
  let cursor: string | null = null;
  do {
    const page = await s.listScans({ updatedSince, cursor, limit: 3 });
    if (page.status !== 'ok') throw new Error('unexpected 304');
    scans.push(...page.data.scans);
    cursor = page.data.nextCursor;
  } while (cursor !== null);
  return scans;
}

const data = <T>(result: { status: string; data?: T }): T => {
  if (result.status !== 'ok' || result.data === undefined) throw new Error('expected data');
  return result.data;
};

describe('Prowler adapter ↔ reference server (Prowler flavor)', () => {
  it('lists every project, integration and scan through JSON:API paging', async () => {
    const projects = data(await source.listProjects());
    expect(projects.map((p) => p.id).sort()).toEqual([...server.world.state.projects.keys()].sort());
    const integrations = data(await source.listIntegrations());
    expect(integrations.find((i) => i.id === 'p-invalid-credentials')?.lastAuthStatus).toBe('failed');
    const scans = await allScans(source);
    expect(scans.map((s) => s.id).sort()).toEqual([...server.world.state.scans.keys()].sort());
  });

  it("derives the same status as the world's jobs (Prowler has one outcome: partial → failed)", async () => {
    const seen = new Set<string>();
    for (const scan of await allScans(source)) {
      const jobs = data(await source.listJobs(scan.id));
      const viaProwler = aggregateScanStatus(scan, jobs).status;
      const record = server.world.state.scans.get(scan.id)!;
      const truth = aggregateScanStatus(record.scan, jobsOf(record).map((j) => j.job)).status;
      expect([scan.id, viaProwler]).toEqual([scan.id, truth === 'partially_completed' ? 'failed' : truth]);
      seen.add(viaProwler);
    }
    // The seed has no completed scan yet (see the run test below for one).
    expect([...seen].sort()).toEqual(['failed', 'not_started', 'running', 'stopped', 'submission_error']);
  });

  it('explains an invalid-credentials failure: the task exception and the failed connection', async () => {
    const scanId = server.world.state.projects.get('p-invalid-credentials')!.scanIds.at(-1)!;
    const errors = data(await source.listErrors(scanId));
    expect(errors.map((e) => e.code)).toEqual(['InvalidClientTokenId', 'provider_connection_failed']);
    expect(errors[1]?.message).toMatch(/^Authentication failed/);
  });

  it('runs a project, then sees it finish through a delta poll', async () => {
    const before = new Date(server.world.clock.now()).toISOString();
    const scan = await source.runProject('p-not-started');
    expect(aggregateScanStatus(scan, data(await source.listJobs(scan.id))).status).toBe('running');
    server.world.clock.advance(60 * 60_000);
    const changed = await allScans(source, before);
    const finished = changed.find((s) => s.id === scan.id);
    expect(finished && aggregateScanStatus(finished, data(await source.listJobs(scan.id))).status).toBe('completed');
  });

  it('refuses a wrong API key', async () => {
    const wrong = createProwlerSourceFromConfig({ apiUrl: server.url, token: 'nope' });
    await expect(wrong.listProjects()).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('email + password: logs in, and after the access token expired server-side refreshes and retries', async () => {
    const store = memoryTokenStore();
    const viaJwt = createProwlerSourceFromConfig({ apiUrl: server.url, email: DEMO_EMAIL, password: 'prowler-demo-key', tokenStore: store });
    expect(data(await viaJwt.listProjects()).length).toBe(server.world.state.projects.size);
    const first = await store.load();
    // Tokens follow real time (Prowler's UI compares `exp` with its own clock): move the server's
    // real clock on; the client's token cache still believes its token fresh.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31 * 60_000 });
    try {
      expect(data(await viaJwt.listIntegrations()).length).toBe(server.world.state.projects.size);
    } finally {
      vi.useRealTimers();
    }
    const second = await store.load();
    expect(second?.access).not.toBe(first?.access);
    expect(second?.refresh).not.toBe(first?.refresh);
  });

  it('a wrong password is unauthorized', async () => {
    const wrong = createProwlerSourceFromConfig({ apiUrl: server.url, email: DEMO_EMAIL, password: 'wrong' });
    await expect(wrong.listScans({ updatedSince: null, cursor: null, limit: 10 })).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('editing the secret heals the provider (the "update the secret" remediation)', async () => {
    const secretId = server.world.state.projects.get('p-invalid-credentials')!.project.integrationId!;
    const response = await fetch(`${server.url}/api/v1/providers/secrets/${secretId}`, {
      method: 'PATCH',
      headers: { Authorization: 'Api-Key prowler-demo-key', 'Content-Type': 'application/vnd.api+json' },
      body: JSON.stringify({ data: { type: 'provider-secrets', id: secretId, attributes: { secret: { aws_access_key_id: 'AKIA…', aws_secret_access_key: 'fixed' } } } }),
    });
    expect(response.status).toBe(200);
    const integrations = data(await source.listIntegrations());
    expect(integrations.find((i) => i.id === 'p-invalid-credentials')?.lastAuthStatus).toBe('ok');
  });
});
