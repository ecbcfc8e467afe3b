/**
 * The longest a server can make ScanSight wait: a day. A hostile or broken server sending
 * `Retry-After: 99999999999` or `X-Poll-Interval: 1e300` must not stop syncing for good.
 */
export const MAX_SERVER_DELAY_MS = 24 * 60 * 60_000;

/**
 * Parses a Retry-After header (RFC 9110: delay in seconds, or an HTTP-date) into a delay in ms from
 * `now`. Returns undefined for a missing or unreadable value; never negative, at most a day.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(MAX_SERVER_DELAY_MS, Number(text) * 1000);
  // Only an HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse would read "-5" as a year.
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  if (!Number.isFinite(at)) return undefined;
  return Math.min(MAX_SERVER_DELAY_MS, Math.max(0, at - now));
}

/** Parses the server's X-Poll-Interval hint (seconds) into ms, at most a day; undefined when absent or not a positive number. */
export function parsePollInterval(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value.trim());
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(MAX_SERVER_DELAY_MS, seconds * 1000) : undefined;
}
