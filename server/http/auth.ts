/**
 * How callers prove who they are. API clients (the extension, scripts) send `Authorization: Bearer
 * <token>` to `/api/v1`. The dashboard, like a real product's web app, holds an HttpOnly session
 * cookie set when `/app` is served and calls its own mount of the same API, `/app/api/v1`; unsafe
 * methods there also need a same-origin `Origin` header (CSRF).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const SESSION_COOKIE = 'scansight_session';

/** True when the Authorization header carries exactly `Bearer <token>`. */
export function bearerMatches(headers: IncomingHttpHeaders, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/** The value of cookie `name`, if sent. */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** True when the request's Origin names the host it was sent to. */
export function sameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (!origin || !headers.host) return false;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}

/** In-memory dashboard sessions (a demo server has one user; sessions die with the process). */
export class SessionStore {
  readonly #ids = new Set<string>();

  /** A new session id. */
  create(): string {
    const id = randomBytes(24).toString('base64url');
    this.#ids.add(id);
    return id;
  }

  /** True when the request carries a session cookie this store issued. */
  valid(headers: IncomingHttpHeaders): boolean {
    const id = readCookie(headers, SESSION_COOKIE);
    return id !== undefined && this.#ids.has(id);
  }

  /** The Set-Cookie header value for session `id`. */
  static cookie(id: string): string {
    return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict`;
  }
}
