import { describe, expect, it } from 'vitest';
import { SourceError } from '../scan-source.ts';
import { createProwlerSourceFromConfig, prowlerCredentialsProblem } from './from-config.ts';
import { memoryTokenStore } from './token-stores.ts';
import { scriptedFetch, type Reply, type SeenRequest } from './fixtures/scripted-fetch.ts';
import { fakeJwt } from './fixtures/fake-jwt.ts';
import { awsProvider, listDocument, tokenDocument } from './fixtures/prowler-documents.ts';

const T0 = 1_800_000_000_000;
const jwt = (n: number, lifetimeS: number, kind: string) => fakeJwt({ exp: T0 / 1000 + lifetimeS, n, token_type: kind });

/** A Prowler-like API: the server decides which access tokens it still accepts. */
function prowlerApi() {
  let issued = 0;
  let refuseEverything = false;
  const accepted = new Set<string>();
  const validRefresh = new Set<string>();
  const mint = (type: 'tokens' | 'tokens-refresh'): Reply => {
    issued++;
    const access = jwt(issued, 1800, 'access');
    const refresh = jwt(issued, 86_400, 'refresh');
    accepted.add(access);
    validRefresh.add(refresh);
    return { status: 200, body: tokenDocument(access, refresh, type) };
  };
  const handler = ({ method, url, headers, body }: SeenRequest): Reply => {
    const attributes = (body as { data?: { attributes?: Record<string, string> } } | undefined)?.data?.attributes ?? {};
    if (method === 'POST' && url.pathname === '/api/v1/tokens') {
      return attributes.email === 'me@example.com' && attributes.password === 'pw' ? mint('tokens') : { status: 401, body: { errors: [{ detail: 'No active account found with the given credentials' }] } };
    }
    if (method === 'POST' && url.pathname === '/api/v1/tokens/refresh') {
      const refresh = attributes.refresh ?? '';
      if (!validRefresh.delete(refresh)) return { status: 401, body: { errors: [{ detail: 'Token is invalid or expired' }] } };
      return mint('tokens-refresh');
    }
    const token = headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
    if (refuseEverything || !accepted.has(token)) return { status: 401, body: { errors: [{ detail: 'Given token not valid for any token type' }] } };
    return { status: 200, body: listDocument([awsProvider]) };
  };
  return { handler, revokeAll: () => accepted.clear(), acceptNothing: () => void (refuseEverything = true) };
}

function paths(seen: SeenRequest[]) {
  return seen.map((r) => `${r.method} ${r.url.pathname}`);
}

describe('createProwlerSourceFromConfig, email and password', () => {
  it('logs in, uses the Bearer JWT, and after a rejected access token refreshes and retries once', async () => {
    const api = prowlerApi();
    const { fetch, seen } = scriptedFetch(api.handler);
    const store = memoryTokenStore();
    const source = createProwlerSourceFromConfig({ apiUrl: 'https://prowler.example', email: ' me@example.com ', password: 'pw', tokenStore: store, fetch, now: () => T0 });
    expect((await source.listProjects()).status).toBe('ok');
    api.revokeAll(); // e.g. the server restarted its signing key: the access token is refused before exp
    expect((await source.listProjects()).status).toBe('ok');
    expect(paths(seen)).toEqual([
      'POST /api/v1/tokens',
      'GET /api/v1/providers',
      'GET /api/v1/providers',
      'POST /api/v1/tokens/refresh',
      'GET /api/v1/providers',
    ]);
    expect(seen[1]?.headers.get('Authorization')).toMatch(/^Bearer ey/);
    expect(seen[0]?.body).toEqual({ data: { type: 'tokens', attributes: { email: 'me@example.com', password: 'pw' } } });
    expect((await store.load())?.owner).toBe('https://prowler.example me@example.com');
  });

  it('retries only once: a second 401 is reported as unauthorized', async () => {
    const api = prowlerApi();
    api.acceptNothing();
    const { fetch, seen } = scriptedFetch(api.handler);
    const source = createProwlerSourceFromConfig({ apiUrl: 'https://prowler.example', email: 'me@example.com', password: 'pw', tokenStore: memoryTokenStore(), fetch, now: () => T0 });
    await expect(source.listIntegrations()).rejects.toMatchObject({ code: 'unauthorized' });
    expect(paths(seen)).toEqual(['POST /api/v1/tokens', 'GET /api/v1/providers', 'POST /api/v1/tokens/refresh', 'GET /api/v1/providers']);
  });

  it('a wrong password is unauthorized, and the password never appears in the error', async () => {
    const { fetch } = scriptedFetch(prowlerApi().handler);
    const source = createProwlerSourceFromConfig({ apiUrl: 'https://prowler.example', email: 'me@example.com', password: 'wrong-pw', tokenStore: memoryTokenStore(), fetch, now: () => T0 });
    const error = await source.listProjects().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect(String((error as Error).message)).not.toContain('wrong-pw');
  });
});

describe('createProwlerSourceFromConfig, checks', () => {
  it('uses the API key when no password is given', async () => {
    const { fetch, seen } = scriptedFetch(() => ({ status: 200, body: listDocument([]) }));
    await createProwlerSourceFromConfig({ apiUrl: 'http://127.0.0.1:8080', token: 'pk_1', fetch }).listProjects();
    expect(seen[0]?.headers.get('Authorization')).toBe('Api-Key pk_1');
  });

  it('refuses a URL the credentials may not go to', () => {
    expect(() => createProwlerSourceFromConfig({ apiUrl: 'http://prowler.example', token: 'k' })).toThrow(SourceError);
  });

  it.each([
    ['api-key', '', {}, /API key/],
    ['password', '', { password: 'pw' }, /email/],
    ['password', 'me@example.com', {}, /password/],
  ] as const)('names what is missing (%s)', (mode, email, credentials, message) => {
    expect(prowlerCredentialsProblem(mode, email, credentials)).toMatch(message);
    expect(() => createProwlerSourceFromConfig({ apiUrl: 'https://p.example', authMode: mode, email, ...credentials })).toThrow(SourceError);
  });

  it('sources built one after another (one per sync) share the login when no store is given', async () => {
    const api = prowlerApi();
    const { fetch, seen } = scriptedFetch(api.handler);
    const config = { apiUrl: 'https://shared.prowler.example', email: 'me@example.com', password: 'pw', fetch, now: () => T0 };
    await createProwlerSourceFromConfig(config).listProjects();
    await createProwlerSourceFromConfig(config).listProjects();
    expect(paths(seen)).toEqual(['POST /api/v1/tokens', 'GET /api/v1/providers', 'GET /api/v1/providers']);
  });

  it('is satisfied by complete credentials', () => {
    expect(prowlerCredentialsProblem('api-key', '', { token: 'k' })).toBeNull();
    expect(prowlerCredentialsProblem('password', 'me@example.com', { password: 'pw' })).toBeNull();
  });
});
