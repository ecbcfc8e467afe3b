import { describe, expect, it } from 'vitest';
import { ACCESS_TTL_MS, createJwtIssuer, REFRESH_TTL_MS } from './jwt-issuer.ts';

function clock() {
  let now = 1_800_000_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('reference server JWT issuer', () => {
  it('accepts its access token until it expires on the simulated clock', () => {
    const c = clock();
    const issuer = createJwtIssuer(c.now);
    const { access } = issuer.issuePair();
    expect(issuer.acceptsAccess(access)).toBe(true);
    c.advance(ACCESS_TTL_MS);
    expect(issuer.acceptsAccess(access)).toBe(false);
  });

  it('refuses tampered, foreign and refresh tokens as access tokens', () => {
    const issuer = createJwtIssuer(clock().now);
    const { access, refresh } = issuer.issuePair();
    const [head, body] = access.split('.');
    expect(issuer.acceptsAccess(`${head}.${body}.AAAA`)).toBe(false);
    expect(issuer.acceptsAccess(createJwtIssuer(clock().now).issuePair().access)).toBe(false);
    expect(issuer.acceptsAccess(refresh)).toBe(false);
    expect(issuer.acceptsAccess('not-a-jwt')).toBe(false);
  });

  it('rotates refresh tokens: each works once, and not after it expires', () => {
    const c = clock();
    const issuer = createJwtIssuer(c.now);
    const first = issuer.issuePair();
    const second = issuer.rotate(first.refresh);
    expect(second && issuer.acceptsAccess(second.access)).toBe(true);
    expect(issuer.rotate(first.refresh)).toBeNull();
    c.advance(REFRESH_TTL_MS);
    expect(issuer.rotate(second!.refresh)).toBeNull();
  });

  it('writes a readable exp claim (seconds)', () => {
    const c = clock();
    const { access } = createJwtIssuer(c.now).issuePair();
    const claims = JSON.parse(Buffer.from(access.split('.')[1]!, 'base64url').toString()) as { exp: number; token_type: string };
    expect(claims).toMatchObject({ token_type: 'access', exp: Math.floor((c.now() + ACCESS_TTL_MS) / 1000) });
  });
});
