import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../cache/test/fresh-idb.ts';
import { closeSecrets, readSecret } from '../cache/secrets.ts';
import type { Settings } from '../messages.ts';
import { fakeJwt } from '../sources/prowler/fixtures/fake-jwt.ts';
import { scriptedFetch, type SeenRequest } from '../sources/prowler/fixtures/scripted-fetch.ts';
import { awsProvider, listDocument } from '../sources/prowler/fixtures/prowler-documents.ts';
import { configuredSource, sourceFor } from './configured-source.ts';
import { saveCredentials } from './credentials.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';

const API = 'https://prowler.example';
const prowler = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, sourceType: 'prowler', apiUrl: API, ...over });

beforeEach(() => {
  closeSecrets();
  freshIndexedDb();
});

/** A Prowler App that issues one JWT pair per login and lists one provider. */
function prowlerApp() {
  let logins = 0;
  const { fetch, seen } = scriptedFetch(({ url }: SeenRequest) => {
    if (url.pathname === '/api/v1/tokens') {
      logins++;
      const exp = Math.floor(Date.now() / 1000) + 3600;
      return { status: 200, body: { data: { type: 'tokens', attributes: { access: fakeJwt({ exp, n: logins }), refresh: fakeJwt({ exp: exp + 3600 }) } } } };
    }
    return { status: 200, body: listDocument([awsProvider], 1, 1) };
  });
  return { fetch, seen, logins: () => logins };
}

describe('configuredSource', () => {
  it('keeps the Prowler JWT pair in the secrets database, so the next source (a restarted worker) does not log in again', async () => {
    await saveCredentials(API, { password: 'pw' });
    const app = prowlerApp();
    const settings = prowler({ prowlerAuth: 'password', prowlerEmail: 'me@example.com' });
    for (let i = 0; i < 2; i++) {
      const built = await configuredSource(settings, { fetch: app.fetch });
      if (!built.ok) throw new Error(built.error);
      expect((await built.source.listProjects()).status).toBe('ok');
    }
    expect(app.logins()).toBe(1);
    const stored = JSON.parse((await readSecret('prowler-jwt')) ?? 'null') as { access: string; owner: string };
    expect(stored.owner).toBe(`${API} me@example.com`);
    expect(app.seen.at(-1)?.headers.get('Authorization')).toBe(`Bearer ${stored.access}`);
  });

  it.each([
    ['api-key mode without a key', prowler({ prowlerAuth: 'api-key' }), { password: 'pw' }],
    ['password mode without an email', prowler({ prowlerAuth: 'password', prowlerEmail: '' }), { password: 'pw' }],
    ['password mode without a password', prowler({ prowlerAuth: 'password', prowlerEmail: 'me@example.com' }), { token: 'key' }],
  ])('%s is not configured (not an insecure URL)', (_, settings, secrets) => {
    expect(sourceFor(settings, secrets)).toEqual({ ok: false, error: 'not_configured' });
  });

  it.each(['http://prowler.example', 'ftp://prowler.example', 'https://user:pw@prowler.example'])('%s is an insecure API URL for both sources', (apiUrl) => {
    expect(sourceFor(prowler({ apiUrl }), { token: 'key' })).toEqual({ ok: false, error: 'insecure_api_url' });
    expect(sourceFor({ ...DEFAULT_SETTINGS, sourceType: 'scansight', apiUrl }, { token: 'tok' })).toEqual({ ok: false, error: 'insecure_api_url' });
  });

  it('is not configured without an API URL or without secrets for its origin', async () => {
    expect(await configuredSource(prowler({ apiUrl: '' }))).toEqual({ ok: false, error: 'not_configured' });
    expect(await configuredSource(prowler())).toEqual({ ok: false, error: 'not_configured' });
  });
});
