import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/api-client.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ scenario: 'seed' });
});
beforeEach(() => t.control('scenario', { name: 'seed' }));
afterAll(() => t.close());

describe('control API', () => {
  it('state summarises the world', async () => {
    const state = (await t.control('state')).json.data;
    expect(state).toMatchObject({ scenario: 'seed', speed: 0, projects: 10, faults: [] });
    expect(state.scenarios).toEqual(expect.arrayContaining(['seed', 'lively', 'large', 'partial-36']));
  });

  it('scenario loads a scenario alone, and refuses unknown names', async () => {
    await t.control('scenario', { name: 'stopped' });
    expect((await t.api('/api/v1/projects')).json.data.map((p: { id: string }) => p.id)).toEqual(['p-stopped']);
    expect((await t.raw('/__control/scenario', { method: 'POST', body: '{"name":"nope"}' })).status).toBe(400);
  });

  it('advance moves the simulated clock and the scans with it', async () => {
    const before = Date.parse((await t.control('state')).json.data.now);
    const after = (await t.control('advance', { ms: 3_600_000 })).json.data;
    expect(Date.parse(after.now) - before).toBe(3_600_000);
    expect(after.activeScans).toEqual([]);
    expect((await t.raw('/__control/advance', { method: 'POST', body: '{"ms":-1}' })).status).toBe(400);
  });

  it('transition forces a job status with an error log, and a scan lifecycle', async () => {
    const forced = await t.control('transition', { scanId: 's-running-1', jobId: 'j-running-1-36', status: 'failed', error: { code: 'Throttling', message: 'Rate exceeded' } });
    expect(forced.json.data.id).toBe('s-running-1');
    const job = (await t.api('/api/v1/scans/s-running-1/jobs')).json.data.find((j: { id: string }) => j.id === 'j-running-1-36');
    expect(job.status).toBe('failed');
    expect(job.finishedAt).not.toBeNull();
    const errors = (await t.api('/api/v1/scans/s-running-1/errors')).json.data;
    expect(errors).toEqual([expect.objectContaining({ jobId: 'j-running-1-36', code: 'Throttling', message: 'Rate exceeded' })]);
    await t.control('transition', { scanId: 's-running-1', lifecycle: 'stopped' });
    expect((await t.api('/api/v1/scans/s-running-1')).json.data.lifecycle).toBe('stopped');
    expect((await t.raw('/__control/transition', { method: 'POST', body: '{"scanId":"s-running-1","jobId":"j-x"}' })).status).toBe(404);
  });

  it('reset reloads the scenario and clears faults', async () => {
    await t.api('/api/v1/scans/s-running-1/stop', { method: 'POST' });
    await t.control('fault', { kind: '500', count: null });
    const state = (await t.control('reset')).json.data;
    expect(state.faults).toEqual([]);
    expect((await t.api('/api/v1/scans/s-running-1')).json.data.lifecycle).toBe('submitted');
  });

  it('clear-faults removes every fault and keeps the world as it is', async () => {
    await t.api('/api/v1/scans/s-running-1/stop', { method: 'POST' });
    await t.control('fault', { kind: '500', count: null });
    expect((await t.api('/api/v1/scans')).status).toBe(500);
    const state = (await t.control('clear-faults')).json.data;
    expect(state.faults).toEqual([]);
    expect((await t.api('/api/v1/scans/s-running-1')).json.data.lifecycle).toBe('stopped');
  });

  it('is absent unless enabled', async () => {
    const plain = await startTestServer({ control: false });
    try {
      expect((await plain.raw('/__control/state')).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
