import { describe, expect, it } from 'vitest';
import { filterAndSort, paginate } from './scan-list-query.ts';

const scans = [
  { id: 'a', state: 'completed', providerId: 'p1', insertedAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-03T00:00:00Z' },
  { id: 'b', state: 'executing', providerId: 'p2', insertedAt: '2025-01-02T00:00:00Z', updatedAt: '2025-01-02T00:00:00Z' },
  { id: 'c', state: 'failed', providerId: 'p1', insertedAt: '2025-01-03T00:00:00Z', updatedAt: '2025-01-04T00:00:00Z' },
];
const q = (query: string) => new URLSearchParams(query);
const ids = (result: ReturnType<typeof filterAndSort<(typeof scans)[number]>>) => (result.ok ? result.value.map((s) => s.id) : result);

describe('scan list query', () => {
  it('sorts newest inserted first by default, and by updated_at on request', () => {
    expect(ids(filterAndSort(scans, q('')))).toEqual(['c', 'b', 'a']);
    expect(ids(filterAndSort(scans, q('sort=-updated_at')))).toEqual(['c', 'a', 'b']);
    expect(ids(filterAndSort(scans, q('sort=inserted_at')))).toEqual(['a', 'b', 'c']);
  });

  it('filters by state(s) and provider(s)', () => {
    expect(ids(filterAndSort(scans, q('filter[state__in]=completed,failed')))).toEqual(['c', 'a']);
    expect(ids(filterAndSort(scans, q('filter[state]=executing')))).toEqual(['b']);
    expect(ids(filterAndSort(scans, q('filter[provider]=p1')))).toEqual(['c', 'a']);
  });

  it('refuses an unknown sort field', () => {
    expect(filterAndSort(scans, q('sort=bogus'))).toMatchObject({ ok: false, status: 400 });
    expect(filterAndSort(scans, q('sort=-inserted_at,bogus'))).toMatchObject({ ok: false, status: 400 });
  });

  it('pages with page[number] / page[size]; beyond the last page is "Invalid page."', () => {
    expect(paginate([1, 2, 3], q('page[size]=2&page[number]=2'))).toEqual({ ok: true, value: { data: [3], page: 2, pages: 2, count: 3 } });
    expect(paginate([1, 2, 3], q('page[size]=2&page[number]=3'))).toMatchObject({ ok: false, status: 404, detail: 'Invalid page.' });
    expect(paginate([], q(''))).toEqual({ ok: true, value: { data: [], page: 1, pages: 1, count: 0 } });
    expect(paginate([1], q('page[size]=1000'))).toMatchObject({ ok: false, status: 400 });
  });
});
