import { describe, expect, it } from 'vitest';
import { SourceError } from '../scan-source.ts';
import { createTokenManager, type PasswordCredentials, type TokenExchange, type TokenPair } from './token-manager.ts';
import { memoryTokenStore, stringTokenStore } from './token-stores.ts';
import { fakeJwt } from './fixtures/fake-jwt.ts';

const T0 = 1_800_000_000_000;
const OWNER = 'https://prowler.example me@example.com';

/** A scripted exchange that mints pairs expiring relative to the test clock and records its calls. */
function harness(options: { refreshFails?: SourceError; obtainFails?: SourceError } = {}) {
  let now = T0;
  let minted = 0;
  const calls: string[] = [];
  const mint = (): TokenPair => {
    minted++;
    return {
      access: fakeJwt({ exp: Math.floor(now / 1000) + 30 * 60, n: minted, token_type: 'access' }),
      refresh: fakeJwt({ exp: Math.floor(now / 1000) + 24 * 3600, n: minted, token_type: 'refresh' }),
    };
  };
  const exchange: TokenExchange = {
    async obtain(credentials: PasswordCredentials) {
      calls.push(`obtain ${credentials.email}`);
      if (options.obtainFails) throw options.obtainFails;
      return mint();
    },
    async refresh(refreshToken: string) {
      calls.push(`refresh #${JSON.parse(Buffer.from(refreshToken.split('.')[1]!, 'base64url').toString()).n}`);
      if (options.refreshFails) throw options.refreshFails;
      return mint();
    },
  };
  const store = memoryTokenStore();
  const manager = createTokenManager({ store, exchange, credentials: { email: 'me@example.com', password: 'pw' }, owner: OWNER, now: () => now });
  return { manager, store, calls, advance: (ms: number) => (now += ms), exchange };
}

describe('token manager', () => {
  it('logs in once, then reuses the access token while it is fresh', async () => {
    const h = harness();
    const first = await h.manager.authorization();
    expect(first).toMatch(/^Bearer /);
    h.advance(20 * 60_000);
    expect(await h.manager.authorization()).toBe(first);
    expect(h.calls).toEqual(['obtain me@example.com']);
    expect((await h.store.load())?.owner).toBe(OWNER);
  });

  it('refreshes a minute before the access token expires, and saves the new pair', async () => {
    const h = harness();
    const first = await h.manager.authorization();
    h.advance(29 * 60_000 + 1);
    const second = await h.manager.authorization();
    expect(second).not.toBe(first);
    expect(h.calls).toEqual(['obtain me@example.com', 'refresh #1']);
    expect(`Bearer ${(await h.store.load())?.access}`).toBe(second);
  });

  it('logs in again when the refresh token has expired too', async () => {
    const h = harness();
    await h.manager.authorization();
    h.advance(25 * 3600_000);
    await h.manager.authorization();
    expect(h.calls).toEqual(['obtain me@example.com', 'obtain me@example.com']);
  });

  it('logs in again when the server rejects the refresh token', async () => {
    const h = harness({ refreshFails: new SourceError('unauthorized', 'HTTP 401') });
    await h.manager.authorization();
    h.advance(31 * 60_000);
    await h.manager.authorization();
    expect(h.calls).toEqual(['obtain me@example.com', 'refresh #1', 'obtain me@example.com']);
  });

  it('does not hide an outage behind a login: a 503 on refresh is thrown', async () => {
    const h = harness({ refreshFails: new SourceError('unavailable', 'HTTP 503') });
    await h.manager.authorization();
    h.advance(31 * 60_000);
    await expect(h.manager.authorization()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('a wrong password surfaces as unauthorized', async () => {
    const h = harness({ obtainFails: new SourceError('unauthorized', 'HTTP 401') });
    await expect(h.manager.authorization()).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('concurrent callers share one exchange', async () => {
    const h = harness();
    const all = await Promise.all([h.manager.authorization(), h.manager.authorization(), h.manager.authorization()]);
    expect(new Set(all).size).toBe(1);
    expect(h.calls).toEqual(['obtain me@example.com']);
  });

  it('renew after a 401 refreshes once, even when several requests saw the same rejected token', async () => {
    const h = harness();
    const rejected = await h.manager.authorization();
    await Promise.all([h.manager.renew(rejected), h.manager.renew(rejected)]);
    const after = await h.manager.authorization();
    expect(after).not.toBe(rejected);
    await h.manager.renew(rejected); // stale: already replaced
    expect(h.calls).toEqual(['obtain me@example.com', 'refresh #1']);
    expect(await h.manager.authorization()).toBe(after);
  });

  it("ignores a stored pair of another account or server", async () => {
    const store = memoryTokenStore();
    await store.save({ access: fakeJwt({ exp: T0 / 1000 + 3600 }), refresh: 'r', owner: 'https://other.example me@example.com' });
    const calls: string[] = [];
    const manager = createTokenManager({
      store,
      owner: OWNER,
      credentials: { email: 'me@example.com', password: 'pw' },
      now: () => T0,
      exchange: {
        obtain: async () => (calls.push('obtain'), { access: 'a.b.c', refresh: 'r2' }),
        refresh: async () => (calls.push('refresh'), { access: 'x', refresh: 'y' }),
      },
    });
    expect(await manager.authorization()).toBe('Bearer a.b.c');
    expect(calls).toEqual(['obtain']);
  });
});

describe('stringTokenStore', () => {
  it('round-trips a pair as JSON and treats garbage as no pair', async () => {
    let slot: string | undefined;
    const store = stringTokenStore(async () => slot, async (value) => void (slot = value));
    expect(await store.load()).toBeNull();
    await store.save({ access: 'a', refresh: 'r', owner: OWNER });
    expect(await store.load()).toEqual({ access: 'a', refresh: 'r', owner: OWNER });
    slot = '{not json';
    expect(await store.load()).toBeNull();
    slot = '{"access":1}';
    expect(await store.load()).toBeNull();
  });
});
