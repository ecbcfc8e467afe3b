/** Prowler ids that would steer a request elsewhere (`..`) are rejected in documents and in paths. */
import { describe, expect, it } from 'vitest';
import { SourceError } from '../scan-source.ts';
import { apiKeyAuth } from './prowler-auth.ts';
import { createProwlerSource } from './prowler-source.ts';
import { scriptedFetch, type Reply, type SeenRequest } from './fixtures/scripted-fetch.ts';
import { awsProvider, listDocument, resourceDocument, scansByCase, taskResource } from './fixtures/prowler-documents.ts';

function source(handler: (request: SeenRequest) => Reply) {
  const { fetch, seen } = scriptedFetch(handler);
  const http = { baseUrl: 'https://prowler.example', fetch, timeoutMs: 5_000 };
  return { source: createProwlerSource({ http, auth: apiKeyAuth('pk'), dashboardUrl: null }), seen };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof SourceError ? error.code : `other: ${String(error)}`;
  }
}

const withTask = (taskId: string) => {
  const scan = structuredClone(scansByCase.failed);
  scan.relationships.task = { data: { type: 'tasks', id: taskId } };
  return scan;
};

describe('hostile ids from Prowler App', () => {
  it.each(['..', '.', '../providers', 'a/b'])('a scan list with scan id %j is rejected whole', async (id) => {
    const { source: s } = source(() => ({ status: 200, body: listDocument([scansByCase.completed, { ...scansByCase.failed, id }], 1, 1) }));
    expect(await codeOf(s.listScans({ updatedSince: null, cursor: null, limit: 10 }))).toBe('invalid_response');
  });

  it('a scan whose task id is a dot segment is rejected before the task is fetched', async () => {
    const { source: s, seen } = source(() => ({ status: 200, body: { ...resourceDocument(withTask('..')), included: [awsProvider] } }));
    expect(await codeOf(s.listErrors(scansByCase.failed.id))).toBe('invalid_response');
    expect(seen.map((r) => r.url.pathname)).toEqual([`/api/v1/scans/${scansByCase.failed.id}`]);
  });

  it('never builds a scan path from a dot segment', async () => {
    const { source: s, seen } = source(() => ({ status: 404 }));
    for (const id of ['..', '.', '../tokens']) {
      expect(await codeOf(s.listJobs(id))).toBe('bad_request');
      expect(await codeOf(s.listErrors(id))).toBe('bad_request');
    }
    expect(seen).toEqual([]);
  });

  it('a run whose task names scan ".." falls back to the provider\'s newest scan, never fetching "/api/v1/scans/.."', async () => {
    const { source: s, seen } = source(({ method }) =>
      method === 'POST'
        ? { status: 202, body: resourceDocument(taskResource({ id: 'task-new', state: 'available', taskArgs: { scan_id: '..' } })) }
        : { status: 200, body: listDocument([scansByCase.availableQueued], 1, 1) },
    );
    expect((await s.runProject(awsProvider.id)).id).toBe(scansByCase.availableQueued.id);
    expect(seen.every((r) => r.url.pathname === '/api/v1/scans')).toBe(true);
  });
});
