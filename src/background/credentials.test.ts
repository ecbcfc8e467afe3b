import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '../cache/test/fresh-idb.ts';
import { closeSecrets, readSecret, writeSecret } from '../cache/secrets.ts';
import { credentialsFor, saveCredentials } from './credentials.ts';

beforeEach(() => {
  closeSecrets();
  freshIndexedDb();
});

describe('credentials', () => {
  it('hands the token out only for the origin it was entered for', async () => {
    await saveCredentials('https://scans.example.com/api', { token: 'tok' });
    expect(await credentialsFor('https://scans.example.com/other')).toEqual({ token: 'tok' });
    expect(await credentialsFor('https://evil.example.net/')).toBeNull();
  });

  it('keeps the stored token when saving for the same origin without one', async () => {
    await saveCredentials('https://scans.example.com', { token: 'tok' });
    await saveCredentials('https://scans.example.com', {});
    expect(await credentialsFor('https://scans.example.com')).toEqual({ token: 'tok' });
  });

  it('never carries a token over to a new origin', async () => {
    await saveCredentials('https://scans.example.com', { token: 'tok' });
    await saveCredentials('https://elsewhere.example.com', {});
    expect(await credentialsFor('https://elsewhere.example.com')).toBeNull();
    expect(await credentialsFor('https://scans.example.com')).toBeNull();
  });

  it('deletes the token when saved empty', async () => {
    await saveCredentials('https://scans.example.com', { token: 'tok' });
    await saveCredentials('https://scans.example.com', { token: '' });
    expect(await credentialsFor('https://scans.example.com')).toBeNull();
  });

  it('forgets a Prowler JWT pair whenever credentials are saved: it belongs to the old ones', async () => {
    await saveCredentials('https://prowler.example.com', { password: 'old' });
    await writeSecret('prowler-jwt', '{"access":"a","refresh":"r"}');
    await saveCredentials('https://prowler.example.com', { password: 'new' });
    expect(await readSecret('prowler-jwt')).toBeFalsy();
  });
});
