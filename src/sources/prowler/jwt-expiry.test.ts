import { describe, expect, it } from 'vitest';
import { jwtExpiresAt } from './jwt-expiry.ts';
import { fakeJwt } from './fixtures/fake-jwt.ts';

describe('jwtExpiresAt', () => {
  it('reads exp (seconds) as epoch ms', () => {
    expect(jwtExpiresAt(fakeJwt({ exp: 1_700_000_000, token_type: 'access' }))).toBe(1_700_000_000_000);
  });

  it('decodes base64url payloads (with - and _ and no padding)', () => {
    // "é" and "?>" force + / characters in plain base64.
    const token = fakeJwt({ exp: 42, note: 'é?>?>~~' });
    expect(token.split('.')[1]).not.toMatch(/[+/=]/);
    expect(jwtExpiresAt(token)).toBe(42_000);
  });

  it.each([
    ['no payload', 'abc'],
    ['empty payload', 'a..c'],
    ['not base64 JSON', 'a.!!!.c'],
    ['no exp', fakeJwt({ sub: 'x' })],
    ['exp not a number', fakeJwt({ exp: '1700000000' })],
  ])('returns null for %s', (_label, token) => {
    expect(jwtExpiresAt(token)).toBeNull();
  });
});
