import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../handle-message.ts';
import { saveCredentials } from '../credentials.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from '../test/test-background.ts';

const API = 'https://prowler.example.com';
const options = { id: 'scansight-test-id', url: 'chrome-extension://scansight-test-id/src/options/index.html' };
let t: TestBackground;
const get = () => handleMessage(t.bg, { type: 'options/get', payload: {} }, options) as Promise<{ hasToken: boolean; hasPassword: boolean }>;

beforeEach(() => {
  resetStorage();
  t = createTestBackground();
});

describe('options/get', () => {
  it('says whether a password is stored, and never returns it', async () => {
    await configure(t.browser, { sourceType: 'prowler', prowlerAuth: 'password', prowlerEmail: 'me@example.com', apiUrl: API }, '');
    expect(await get()).toMatchObject({ hasToken: false, hasPassword: false });
    await saveCredentials(API, { password: 'hunter2-secret' });
    const answer = await get();
    expect(answer).toMatchObject({ hasToken: true, hasPassword: true });
    expect(JSON.stringify(answer)).not.toContain('hunter2-secret');
  });

  it('a stored token is not a password', async () => {
    await configure(t.browser, { sourceType: 'prowler', prowlerAuth: 'api-key', apiUrl: API }, 'pk_live_1');
    expect(await get()).toMatchObject({ hasToken: true, hasPassword: false });
  });

  it('a password stored for another API origin does not count', async () => {
    await configure(t.browser, { sourceType: 'prowler', prowlerAuth: 'password', apiUrl: API }, '');
    await saveCredentials('https://other.example.com', { password: 'pw' });
    expect(await get()).toMatchObject({ hasToken: false, hasPassword: false });
  });
});
