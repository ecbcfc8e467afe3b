/**
 * Replies over the limits, served by a real HTTP server on loopback: the Prowler adapter (as the
 * background creates it, guarded) refuses them with a SourceError, never a RangeError, and keeps
 * what it stores bounded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SourceError } from '../scan-source.ts';
import { guardSource } from '../guard-source.ts';
import { apiKeyAuth } from './prowler-auth.ts';
import { createProwlerSource } from './prowler-source.ts';
import { MAX_MESSAGE } from './map-task-errors.ts';
import { awsProvider, failedTask, listDocument, resourceDocument, scansByCase, taskResource } from './fixtures/prowler-documents.ts';

let server: Server | null = null;
afterEach(async () => {
  const running = server;
  server = null;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

/** Serves `routes` (path → body text) over HTTP; the adapter talks to it with the real fetch. */
async function serve(routes: Record<string, () => string>) {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = routes[path];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/vnd.api+json' });
    res.end(body ? body() : JSON.stringify({ errors: [{ detail: 'Not found.' }] }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const http = { baseUrl: `http://127.0.0.1:${port}`, fetch, timeoutMs: 10_000 };
  return guardSource(createProwlerSource({ http, auth: apiKeyAuth('pk'), dashboardUrl: null }));
}

const scanPath = `/api/v1/scans/${scansByCase.failed.id}`;
const taskPath = `/api/v1/tasks/${failedTask.id}`;
const scanReply = () => JSON.stringify(resourceDocument(scansByCase.failed, [awsProvider]));
const taskWith = (excMessage: unknown) => () =>
  JSON.stringify(resourceDocument(taskResource({ id: failedTask.id, state: 'failed', result: { exc_type: 'ClientError', exc_message: excMessage, exc_module: 'botocore.exceptions' } })));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return null;
}

describe('Prowler adapter: hostile replies over HTTP', () => {
  it('an exc_message nested 200,000 levels deep is an invalid_response, not a RangeError', async () => {
    const source = await serve({ [scanPath]: scanReply, [taskPath]: () => taskWith(null)().replace('"exc_message":null', `"exc_message":${'['.repeat(200_000)}${']'.repeat(200_000)}`) });
    const error = await rejection(source.listErrors(scansByCase.failed.id));
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'invalid_response' });
  });

  it('a 5,000,000-character exc_message is stored cut to its head, saying how much was left out', async () => {
    const source = await serve({ [scanPath]: scanReply, [taskPath]: taskWith(['AccessDenied: ' + 'x'.repeat(5_000_000)]) });
    const errors = await source.listErrors(scansByCase.failed.id);
    if (errors.status !== 'ok') throw new Error('expected logs');
    const message = errors.data[0]!.message;
    expect(message.length).toBeLessThan(MAX_MESSAGE + 100);
    expect(message).toMatch(/^AccessDenied: x+… \[\d+ more characters not kept\]$/);
  });

  it('a scans page holding more scans than its page size asked for is refused', async () => {
    const scans = Array.from({ length: 11 }, (_, i) => ({ ...scansByCase.completed, id: `a0000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}` }));
    const source = await serve({ '/api/v1/scans': () => JSON.stringify(listDocument(scans)) });
    expect(await rejection(source.listScans({ updatedSince: null, cursor: null, limit: 10 }))).toMatchObject({ code: 'invalid_response' });
  });

  it('a 40 MB reply is refused before it is read whole', async () => {
    const source = await serve({ '/api/v1/scans': () => JSON.stringify({ ...listDocument([]), padding: 'x'.repeat(40 * 1024 * 1024) }) });
    expect(await rejection(source.listScans({ updatedSince: null, cursor: null, limit: 10 }))).toMatchObject({ code: 'invalid_response' });
  });
});

describe('guardSource', () => {
  it('turns anything but a SourceError or an abort into invalid_response', async () => {
    const broken = guardSource({
      capabilities: { credentialsEditable: false, canStop: false, canRerun: false },
      listProjects: async () => { throw new RangeError('Maximum call stack size exceeded'); },
      listScans: async () => { throw new SourceError('unauthorized', 'no'); },
      listJobs: async () => { throw new DOMException('cancelled', 'AbortError'); },
      listErrors: async () => { throw 'a string'; },
      listIntegrations: async () => ({ status: 'not_modified', hints: {} }),
      runProject: async () => { throw new TypeError('x is undefined'); },
      stopScan: async () => undefined,
    });
    expect(await rejection(broken.listProjects())).toMatchObject({ code: 'invalid_response' });
    expect(await rejection(broken.listScans({ updatedSince: null, cursor: null, limit: 1 }))).toMatchObject({ code: 'unauthorized' });
    expect(await rejection(broken.listJobs('s'))).toMatchObject({ name: 'AbortError' });
    expect(await rejection(broken.listErrors('s'))).toMatchObject({ code: 'invalid_response' });
    expect(await rejection(broken.runProject('p'))).toMatchObject({ code: 'invalid_response' });
    expect(await broken.listIntegrations()).toEqual({ status: 'not_modified', hints: {} });
    expect(broken.capabilities.canRerun).toBe(false);
  });
});
