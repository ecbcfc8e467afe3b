/**
 * Issues and checks the reference server's Prowler-style JWTs (HS256, signed with a per-process
 * secret). Timed on REAL time, not the simulated clock: Prowler's UI decodes `exp` and compares it
 * with its own clock, so a token stamped on a fast-forwarded clock would look expired (or eternal). Refresh tokens
 * rotate: each is accepted once, as Prowler's "former refresh tokens are invalidated".
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** Prowler App's defaults: 30 minutes and 24 hours. */
export const ACCESS_TTL_MS = 30 * 60_000;
export const REFRESH_TTL_MS = 24 * 60 * 60_000;

export interface JwtIssuer {
  /** A new access + refresh pair. */
  issuePair(): { access: string; refresh: string };
  /** True for an unexpired access token this issuer signed. */
  acceptsAccess(token: string): boolean;
  /** Spends a refresh token: the new pair, or null when unknown, spent or expired. */
  rotate(refresh: string): { access: string; refresh: string } | null;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Who the tokens are for: Prowler's claims `sub` (the user id) and `tenant_id`. */
export interface TokenSubject {
  userId: string;
  tenantId: string;
}

/** An issuer whose tokens expire on `now` (default: the real clock). */
export function createJwtIssuer(now: () => number = () => Date.now(), subject: TokenSubject = { userId: 'demo-user', tenantId: 'demo-tenant' }, secret: Buffer = randomBytes(32)): JwtIssuer {
  const liveRefresh = new Set<string>();
  const sign = (data: string) => createHmac('sha256', secret).update(data).digest('base64url');

  function token(type: 'access' | 'refresh', ttlMs: number, jti: string): string {
    const iat = Math.floor(now() / 1000);
    const claims = { token_type: type, exp: Math.floor((now() + ttlMs) / 1000), iat, jti, sub: subject.userId, user_id: subject.userId, tenant_id: subject.tenantId };
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
    return `${head}.${sign(head)}`;
  }

  function verify(value: string, type: 'access' | 'refresh'): { jti: string } | null {
    const [head, body, signature] = value.split('.');
    if (!head || !body || !signature) return null;
    const want = Buffer.from(sign(`${head}.${body}`));
    const got = Buffer.from(signature);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { token_type?: unknown; exp?: unknown; jti?: unknown };
      if (claims.token_type !== type || typeof claims.exp !== 'number' || typeof claims.jti !== 'string') return null;
      return claims.exp * 1000 > now() ? { jti: claims.jti } : null;
    } catch {
      return null;
    }
  }

  const issuePair = () => {
    const jti = randomUUID();
    liveRefresh.add(jti);
    return { access: token('access', ACCESS_TTL_MS, randomUUID()), refresh: token('refresh', REFRESH_TTL_MS, jti) };
  };

  return {
    issuePair,
    acceptsAccess: (value) => verify(value, 'access') !== null,
    rotate(refresh) {
      const claims = verify(refresh, 'refresh');
      if (!claims || !liveRefresh.delete(claims.jti)) return null;
      return issuePair();
    },
  };
}
