/**
 * Where the token may go: only to the configured API origin, over https (plain http only for the
 * loopback host, where a developer or the reference server runs).
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when `url` is an absolute http(s) URL the token may be sent to. */
export function isAllowedApiUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}

/** The API base with exactly one trailing slash, so relative paths resolve under it. */
export function normalizeBaseUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
