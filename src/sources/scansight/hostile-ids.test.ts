/** Ids that would steer a request elsewhere (`..`, `../x`) are rejected at the boundary and in the path builder. */
import { afterEach, describe, expect, it } from 'vitest';
import { createScanSightSource } from './scansight-source.ts';
import { SourceError } from '../scan-source.ts';
import { sendJson, startTinyServer, type TinyServer } from '../test/tiny-server.ts';

const scan = {
  id: 's-1', projectId: 'p-1', name: 'Nightly', kind: 'cspm', lifecycle: 'submitted',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:05:00Z', submittedAt: null,
  startedAt: null, finishedAt: null, integrationId: null, jobCount: 0, dashboardUrl: null, submissionError: null,
};
const HOSTILE = ['..', '.', '../integrations', '..%2f', 'a/b', ' s-1', '__proto__'];

let server: TinyServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof SourceError ? error.code : `other: ${String(error)}`;
  }
}

describe('hostile ids from the ScanSight API', () => {
  it.each(HOSTILE)('a scan list naming a scan %j is rejected whole', async (id) => {
    server = await startTinyServer((_req, res) => sendJson(res, 200, { data: [scan, { ...scan, id }], nextCursor: null }));
    const source = createScanSightSource({ apiUrl: server.url, token: 't' });
    expect(await codeOf(source.listScans({ updatedSince: null, cursor: null, limit: 10 }))).toBe('invalid_response');
  });

  it.each(['projectId', 'integrationId'])('an unsafe %s is rejected too', async (field) => {
    server = await startTinyServer((_req, res) => sendJson(res, 200, { data: [{ ...scan, [field]: '..' }] }));
    const source = createScanSightSource({ apiUrl: server.url, token: 't' });
    expect(await codeOf(source.listScans({ updatedSince: null, cursor: null, limit: 10 }))).toBe('invalid_response');
  });

  it('never sends a request whose path was built from a dot segment', async () => {
    server = await startTinyServer((_req, res) => sendJson(res, 200, { data: [] }));
    const source = createScanSightSource({ apiUrl: `${server.url}base/`, token: 't' });
    for (const id of HOSTILE) {
      expect(await codeOf(source.listJobs(id))).toBe('bad_request');
      expect(await codeOf(source.listErrors(id))).toBe('bad_request');
      expect(await codeOf(source.stopScan(id))).toBe('bad_request');
      expect(await codeOf(source.runProject(id))).toBe('bad_request');
    }
    expect(server.requests).toEqual([]);
    await source.listJobs('s-1');
    expect(server.requests.map((r) => r.url)).toEqual(['/base/api/v1/scans/s-1/jobs']);
  });
});
