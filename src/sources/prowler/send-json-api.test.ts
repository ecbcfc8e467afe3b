import { describe, expect, it } from 'vitest';
import { SourceError } from '../scan-source.ts';
import { jsonApiUrl, sendJsonApi } from './send-json-api.ts';
import { scriptedFetch } from './fixtures/scripted-fetch.ts';

const config = (fetchFn: typeof fetch, timeoutMs = 5_000) => ({ baseUrl: 'https://prowler.example/', fetch: fetchFn, timeoutMs });

describe('jsonApiUrl', () => {
  it.each(['https://prowler.example', 'https://prowler.example/', 'https://prowler.example/api/v1', 'https://prowler.example/api/v1/'])(
    'joins %s with the path and query',
    (base) => {
      expect(jsonApiUrl(base, '/api/v1/scans', { 'page[number]': '2' })).toBe('https://prowler.example/api/v1/scans?page%5Bnumber%5D=2');
    },
  );
});

describe('sendJsonApi', () => {
  it('sends the JSON:API media type, auth and ETag, and returns the body and ETag', async () => {
    const { fetch, seen } = scriptedFetch(() => ({ status: 200, body: { data: [] }, headers: { ETag: '"v2"' } }));
    const result = await sendJsonApi(config(fetch), { path: '/api/v1/scans', authorization: 'Api-Key k', etag: '"v1"' });
    expect(result).toEqual({ status: 'ok', code: 200, body: { data: [] }, etag: '"v2"' });
    expect(seen[0]?.headers.get('Accept')).toBe('application/vnd.api+json');
    expect(seen[0]?.headers.get('Authorization')).toBe('Api-Key k');
    expect(seen[0]?.headers.get('If-None-Match')).toBe('"v1"');
    expect(seen[0]?.headers.get('Content-Type')).toBeNull();
  });

  it('posts a JSON:API body', async () => {
    const { fetch, seen } = scriptedFetch(() => ({ status: 202, body: { data: {} } }));
    await sendJsonApi(config(fetch), { method: 'POST', path: '/api/v1/scans', body: { data: { type: 'scans' } } });
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.headers.get('Content-Type')).toBe('application/vnd.api+json');
    expect(seen[0]?.body).toEqual({ data: { type: 'scans' } });
  });

  it('passes 304 through as not modified', async () => {
    const { fetch } = scriptedFetch(() => ({ status: 304 }));
    expect(await sendJsonApi(config(fetch), { path: '/api/v1/scans', etag: '"v1"' })).toEqual({ status: 'not_modified' });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [400, 'bad_request'],
    [429, 'rate_limited'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [500, 'server_error'],
  ])('HTTP %i → %s', async (status, code) => {
    const { fetch } = scriptedFetch(() => ({ status, body: { errors: [{ detail: 'Authentication credentials were not provided.', status: String(status) }] } }));
    const error = await sendJsonApi(config(fetch), { path: '/api/v1/scans' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code, details: { status } });
    expect((error as SourceError).message).toContain('Authentication credentials were not provided.');
  });

  it('reads Retry-After on 429', async () => {
    const { fetch } = scriptedFetch(() => ({ status: 429, headers: { 'Retry-After': '12' } }));
    await expect(sendJsonApi(config(fetch), { path: '/api/v1/scans' })).rejects.toMatchObject({ code: 'rate_limited', details: { retryAfterMs: 12_000 } });
  });

  it('a body that is not JSON is an invalid response', async () => {
    const { fetch } = scriptedFetch(() => ({ status: 200, body: '<html>login</html>' }));
    await expect(sendJsonApi(config(fetch), { path: '/api/v1/scans' })).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('a refused connection is a network error', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(sendJsonApi(config(refused), { path: '/api/v1/scans' })).rejects.toMatchObject({ code: 'network' });
  });

  it('a server that never answers becomes a timeout', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(sendJsonApi(config(hanging, 1), { path: '/api/v1/scans' })).rejects.toMatchObject({ code: 'timeout' });
  });

  it("a caller's abort is passed through, not reported as a source failure", async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const controller = new AbortController();
    const pending = sendJsonApi(config(hanging), { path: '/api/v1/scans', signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(SourceError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('sendJsonApi, body cut off', () => {
  it('a body that stops arriving is a network error, not an unhandled stream error', async () => {
    const broken: typeof fetch = async () =>
      new Response(new ReadableStream({ start: (controller) => controller.error(new Error('socket hang up')) }), { status: 200 });
    await expect(sendJsonApi({ baseUrl: 'https://prowler.example', fetch: broken, timeoutMs: 5_000 }, { path: '/api/v1/scans' })).rejects.toMatchObject({ code: 'network' });
  });
});
