/**
 * Ids that go into request paths. A hostile API could return an id such as `..` or `../x`: URL
 * normalisation resolves dot segments, so `scans/${id}/jobs` would address another endpoint even
 * after percent-encoding (encodeURIComponent leaves dots alone). Ids are therefore checked twice:
 * at the boundary (the wire schemas reject a record with such an id whole) and where a path is built.
 */
import * as v from 'valibot';
import { SourceError } from './scan-source.ts';

/** Letters and digits first, then letters, digits, `.`, `_`, `:`, `-`; at most 128 characters. */
export const SAFE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** True when `id` may name a resource in a request path: the pattern, and never a dot segment. */
export function isSafeId(id: string): boolean {
  return id !== '.' && id !== '..' && SAFE_ID_PATTERN.test(id);
}

/** The wire schema for an id an adapter may later put in a path. */
export const SafeId = v.pipe(
  v.string(),
  v.check(isSafeId, 'id must be 1–128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit'),
);

/**
 * One path segment for `id`, percent-encoded. Throws SourceError('bad_request') for an id that is not
 * safe, so no request is ever built from a dot segment, whichever way the id got here.
 */
export function idSegment(id: string): string {
  if (!isSafeId(id)) throw new SourceError('bad_request', 'refusing to build a request path from an unsafe id');
  return encodeURIComponent(id);
}
