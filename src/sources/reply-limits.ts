/**
 * What one reply from a scan API may hold, checked at the boundary before anything is parsed or
 * validated. A hostile or broken server must not exhaust the worker's memory, overflow the stack of
 * a recursive reader, or plant an unbounded string (a cursor sent back in every later request, a log
 * stored in the cache). Anything over a limit is a `SourceError('invalid_response')`.
 *
 * The byte cap is sized from the largest legitimate reply: the sync asks for scan details in chunks
 * of at most 50 scans and 3,000 jobs (sync-once.ts), each job with a record of ~0.5 kB and, when
 * failed, an error log of a few kB (a Python traceback), so about 3,000 × 3 kB ≈ 9 MB at worst; a
 * Prowler scans page (100 scans with their providers) is under 1 MB. 32 MiB leaves a 3× margin over
 * the largest and stays far from what a worker can hold.
 */
import { SourceError } from './scan-source.ts';

export const REPLY_LIMITS = {
  /** Bytes of one reply body. */
  maxBytes: 32 * 1024 * 1024,
  /** Bytes of an error reply's body (only its short code or detail is read). */
  maxErrorBytes: 64 * 1024,
  /** Nesting of arrays and objects: the deepest legitimate reply (JSON:API with includes) is under 10. */
  maxDepth: 64,
  /** A pagination cursor (sent back in the next request and checkpointed). */
  maxCursor: 2048,
} as const;

function tooBig(maxBytes: number): SourceError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MB` : `${maxBytes / 1024} kB`;
  return new SourceError('invalid_response', `the reply is larger than ${size}, more than any real page holds: refused`);
}

/**
 * The body as text, read as a stream and abandoned past `maxBytes` (a declared Content-Length over the
 * cap is refused before reading). Read errors propagate as they are (the caller maps them).
 */
export async function readBodyText(response: Response, maxBytes: number = REPLY_LIMITS.maxBytes): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig(maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooBig(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * The deepest nesting of arrays and objects in JSON text, found without parsing (strings skipped),
 * stopping as soon as it exceeds `limit`. Iterative: any depth costs one pass and no stack.
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** JSON text parsed after the depth check; `what` names the reply in the error ("Prowler App's reply"). */
export function parseBoundedJson(text: string, what: string, maxDepth: number = REPLY_LIMITS.maxDepth): unknown {
  if (exceedsDepth(text, maxDepth)) throw new SourceError('invalid_response', `${what} nests deeper than ${maxDepth} levels: refused`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SourceError('invalid_response', `${what} is not JSON`);
  }
}

/** Throws when a page holds more items than were asked for (a server may send fewer, never more). */
export function checkPageLength(items: readonly unknown[], asked: number, what: string): void {
  if (items.length > asked) throw new SourceError('invalid_response', `${what} holds ${items.length} items where at most ${asked} were asked for: refused`);
}

/** Throws when a pagination cursor is longer than any real one (it would be sent back and stored). */
export function checkCursor(cursor: string | null | undefined): void {
  if (typeof cursor === 'string' && cursor.length > REPLY_LIMITS.maxCursor) {
    throw new SourceError('invalid_response', `the next-page cursor is ${cursor.length} characters long (at most ${REPLY_LIMITS.maxCursor}): refused`);
  }
}
