/**
 * Parses a Retry-After header (RFC 9110: delay in seconds, or an HTTP-date) into a delay in ms from
 * `now`. Returns undefined for a missing or unreadable value; never negative.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only an HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse would read "-5" as a year.
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  if (!Number.isFinite(at)) return undefined;
  return Math.max(0, at - now);
}

/** Parses the server's X-Poll-Interval hint (seconds) into ms; undefined when absent or not a positive number. */
export function parsePollInterval(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value.trim());
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
