import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from './test/fresh-idb.ts';
import { closeSecrets, readSecret, writeSecret, type SecretName } from './secrets.ts';

beforeEach(() => {
  closeSecrets();
  freshIndexedDb();
});

describe('secrets', () => {
  it.each<SecretName>(['token', 'password', 'origin', 'prowler-jwt'])('stores, reads and deletes %s', async (name) => {
    expect(await readSecret(name)).toBeUndefined();
    await writeSecret(name, 'value-1');
    expect(await readSecret(name)).toBe('value-1');
    await writeSecret(name, '');
    expect(await readSecret(name)).toBeUndefined();
  });

  it('keeps each secret in its own slot, and across a reopened connection', async () => {
    await writeSecret('token', 't');
    await writeSecret('prowler-jwt', '{"access":"a","refresh":"r"}');
    closeSecrets();
    expect(await readSecret('token')).toBe('t');
    expect(await readSecret('prowler-jwt')).toBe('{"access":"a","refresh":"r"}');
  });
});
