/**
 * Paging and delta polling over GET /api/v1/scans. Prowler's scans have no `updated_at` filter
 * (only date-granular `filter[inserted_at]` / `filter[completed_at]` and `filter[started_at__gte]`),
 * but they can be sorted by `-updated_at`. A delta poll walks that order and stops after the page
 * that reaches a settled scan (completed, failed, cancelled) whose last known change is older than
 * `updatedSince − SETTLE_SLACK_MS`: every later scan was last written before `updatedSince`.
 */
import { SourceError } from '../scan-source.ts';
import type { Paging, ScanResource } from './schemas.ts';
import { scanChangedAt } from './map-scan.ts';

/** A settled scan's last write can follow its completed_at by a little (duration, resource count). */
export const SETTLE_SLACK_MS = 5 * 60_000;
/** Prowler's largest page size. */
export const MAX_PAGE_SIZE = 100;

const SETTLED = new Set(['completed', 'failed', 'cancelled']);

/** The ScanSource cursor encodes a page number: `page:2`. */
export function encodeCursor(page: number): string {
  return `page:${page}`;
}

/** Page number of a cursor (1 for none); a cursor this adapter did not make is a bad request. */
export function decodeCursor(cursor: string | null): number {
  if (cursor === null) return 1;
  const match = /^page:([1-9]\d{0,5})$/.exec(cursor);
  if (!match) throw new SourceError('bad_request', 'Not a Prowler page cursor');
  return Number(match[1]);
}

/** Query parameters for one page of scans, in full or delta mode. */
export function scanPageQuery(page: number, limit: number, updatedSince: string | null): Record<string, string> {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit) || 1));
  return {
    'page[number]': String(page),
    'page[size]': String(size),
    sort: updatedSince === null ? '-inserted_at' : '-updated_at',
  };
}

/** Whether the server has a page after `page`: meta.pagination, then links.next, then a full page. */
export function hasNextPage(document: Paging & { data: unknown[] }, page: number, size: number): boolean {
  const pagination = document.meta?.pagination;
  if (pagination) return pagination.page < pagination.pages;
  if (document.links) return typeof document.links.next === 'string' && document.links.next !== '';
  return document.data.length >= size;
}

/** In delta mode: true once a page reaches a settled scan last changed well before `updatedSince`. */
export function deltaReached(scans: ReadonlyArray<ScanResource>, updatedSince: string): boolean {
  const since = Date.parse(updatedSince);
  if (Number.isNaN(since)) return false;
  return scans.some((scan) => SETTLED.has(scan.attributes.state) && Date.parse(scanChangedAt(scan)) < since - SETTLE_SLACK_MS);
}
