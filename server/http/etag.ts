/** Strong ETags over a response body, and If-None-Match matching (RFC 9110 weak comparison). */
import { createHash } from 'node:crypto';

/** The ETag of a serialized body. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when the If-None-Match header value matches `etag` (a list, `*`, or W/ forms). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}
