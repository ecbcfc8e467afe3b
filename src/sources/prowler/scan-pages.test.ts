import { describe, expect, it } from 'vitest';
import { SourceError } from '../scan-source.ts';
import { parseDocument } from './parse-document.ts';
import { ScanResource } from './schemas.ts';
import { decodeCursor, deltaReached, encodeCursor, hasNextPage, scanPageQuery, SETTLE_SLACK_MS } from './scan-pages.ts';
import { scanResource } from './fixtures/prowler-documents.ts';

describe('cursor', () => {
  it('round-trips a page number; null is page 1', () => {
    expect(decodeCursor(encodeCursor(7))).toBe(7);
    expect(decodeCursor(null)).toBe(1);
  });

  it.each(['', 'page:0', 'page:-1', 'page:x', 'next:2', 'page:1234567'])('rejects %j', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(SourceError);
  });
});

describe('scanPageQuery', () => {
  it('full listing: newest inserted first; delta: most recently updated first', () => {
    expect(scanPageQuery(2, 50, null)).toEqual({ 'page[number]': '2', 'page[size]': '50', sort: '-inserted_at' });
    expect(scanPageQuery(1, 50, '2025-03-02T10:00:00Z').sort).toBe('-updated_at');
  });

  it('clamps the page size to 1..100', () => {
    expect(scanPageQuery(1, 1000, null)['page[size]']).toBe('100');
    expect(scanPageQuery(1, 0, null)['page[size]']).toBe('1');
  });
});

describe('hasNextPage', () => {
  const doc = (data: unknown[], links: { next: string | null } | null, pagination: { page: number; pages: number } | null) => ({
    data,
    links,
    meta: pagination ? { pagination } : null,
  });

  it('prefers meta.pagination', () => {
    expect(hasNextPage(doc([1], { next: 'x' }, { page: 2, pages: 2 }), 2, 1)).toBe(false);
    expect(hasNextPage(doc([1], null, { page: 1, pages: 2 }), 1, 1)).toBe(true);
  });

  it('then links.next', () => {
    expect(hasNextPage(doc([1], { next: null }, null), 1, 1)).toBe(false);
    expect(hasNextPage(doc([1], { next: '/api/v1/scans?page%5Bnumber%5D=2' }, null), 1, 1)).toBe(true);
  });

  it('then a full page', () => {
    expect(hasNextPage(doc([1, 2], null, null), 1, 2)).toBe(true);
    expect(hasNextPage(doc([1], null, null), 1, 2)).toBe(false);
  });
});

describe('deltaReached', () => {
  const since = '2025-03-02T12:00:00Z';
  const at = (offsetMs: number) => new Date(Date.parse(since) + offsetMs).toISOString();
  const scan = (state: string, completedAt: string | null) =>
    parseDocument(ScanResource, scanResource({ id: 's', state, taskId: 't', insertedAt: '2025-03-01T00:00:00Z', completedAt }), 'scan');

  it('stops at a settled scan last changed well before since', () => {
    expect(deltaReached([scan('completed', at(-SETTLE_SLACK_MS - 1))], since)).toBe(true);
    expect(deltaReached([scan('cancelled', null)], since)).toBe(true);
  });

  it('keeps going for settled scans within the slack, and for active scans however old', () => {
    expect(deltaReached([scan('failed', at(-SETTLE_SLACK_MS + 1000))], since)).toBe(false);
    expect(deltaReached([scan('executing', null), scan('available', null)], since)).toBe(false);
  });

  it('keeps going when since is unreadable', () => {
    expect(deltaReached([scan('completed', '2020-01-01T00:00:00Z')], 'not a date')).toBe(false);
  });
});
