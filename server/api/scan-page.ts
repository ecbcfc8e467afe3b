/**
 * Keyset pagination of scans by (updatedAt, id), ascending. The cursor is the key of a page's last
 * scan, so a scan that changes while a client pages moves behind the cursor and still shows up later
 * in the same walk; nothing is skipped, at worst a scan is seen twice.
 */
import type { Scan } from '../../src/core/index.ts';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export interface ScanPageQuery {
  updatedSince: string | null;
  cursor: string | null;
  limit: string | null;
}

export type ScanPageResult = { ok: true; data: Scan[]; nextCursor: string | null } | { ok: false; message: string };

function encodeCursor(scan: Scan): string {
  return Buffer.from(JSON.stringify([scan.updatedAt, scan.id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key) || key.length !== 2) return null;
    const [updatedAt, id] = key as unknown[];
    return typeof updatedAt === 'string' && typeof id === 'string' ? [updatedAt, id] : null;
  } catch {
    return null;
  }
}

function compareKey(a: Scan, b: Scan): number {
  return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One page of `scans` for a query, or a message saying which parameter is wrong. */
export function pageScans(scans: Iterable<Scan>, query: ScanPageQuery): ScanPageResult {
  const limit = query.limit === null ? DEFAULT_PAGE_SIZE : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    return { ok: false, message: `limit must be an integer from 1 to ${MAX_PAGE_SIZE}` };
  }
  const since = query.updatedSince === null ? null : Date.parse(query.updatedSince);
  if (since !== null && Number.isNaN(since)) return { ok: false, message: 'updatedSince must be an ISO 8601 date-time' };
  const after = query.cursor === null ? null : decodeCursor(query.cursor);
  if (query.cursor !== null && after === null) return { ok: false, message: 'cursor is not one this server issued' };

  const selected: Scan[] = [];
  for (const scan of scans) {
    if (since !== null && Date.parse(scan.updatedAt) < since) continue;
    if (after && (scan.updatedAt < after[0] || (scan.updatedAt === after[0] && scan.id <= after[1]))) continue;
    selected.push(scan);
  }
  selected.sort(compareKey);
  const data = selected.slice(0, limit);
  const last = data[data.length - 1];
  return { ok: true, data, nextCursor: selected.length > limit && last ? encodeCursor(last) : null };
}
