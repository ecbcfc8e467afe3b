/**
 * GET /api/v1/scans and /api/v1/providers query handling: the filters and sorts of Prowler's spec
 * (v1.41.0), and page[number]/page[size] pagination.
 */
import { filterAndSortBy, type ListSpec, type Result } from './list-query.ts';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** A scan as the list query sees it (its provider's fields flattened in, as Prowler's filters join them). */
export interface ListedScan {
  id: string;
  state: string;
  providerId: string;
  insertedAt: string;
  updatedAt: string;
  name?: string;
  trigger?: string;
  startedAt?: string | null;
  scheduledAt?: string | null;
  providerType?: string;
  providerUid?: string;
  providerAlias?: string;
}

const SCAN_SPEC: ListSpec<ListedScan> = {
  filters: {
    id: (s) => s.id,
    state: (s) => s.state,
    provider: (s) => s.providerId,
    name: (s) => s.name ?? null,
    trigger: (s) => s.trigger ?? null,
    provider_type: (s) => s.providerType ?? null,
    provider_uid: (s) => s.providerUid ?? null,
    provider_alias: (s) => s.providerAlias ?? null,
    provider_groups: () => [], // the reference world has no provider groups
  },
  search: [(s) => s.name ?? null, (s) => s.providerUid ?? null, (s) => s.providerAlias ?? null, (s) => s.id],
  sorts: {
    name: (s) => s.name ?? null,
    trigger: (s) => s.trigger ?? null,
    attempted_at: (s) => s.startedAt ?? null,
    scheduled_at: (s) => s.scheduledAt ?? null,
    inserted_at: (s) => s.insertedAt,
    updated_at: (s) => s.updatedAt,
  },
  defaultSort: '-inserted_at',
  id: (s) => s.id,
};

/** A provider as the list query sees it. */
export interface ListedProvider {
  id: string;
  provider: string;
  uid: string;
  alias: string | null;
  connected: boolean | null;
  insertedAt: string;
  updatedAt: string;
}

const PROVIDER_SPEC: ListSpec<ListedProvider> = {
  filters: {
    id: (p) => p.id,
    provider: (p) => p.provider,
    provider_type: (p) => p.provider,
    uid: (p) => p.uid,
    alias: (p) => p.alias,
    connected: (p) => (p.connected === null ? null : String(p.connected)),
    provider_groups: () => [],
  },
  search: [(p) => p.uid, (p) => p.alias, (p) => p.provider],
  sorts: {
    provider: (p) => p.provider,
    uid: (p) => p.uid,
    alias: (p) => p.alias,
    connected: (p) => (p.connected === null ? null : Number(p.connected)),
    inserted_at: (p) => p.insertedAt,
    updated_at: (p) => p.updatedAt,
  },
  defaultSort: '-inserted_at',
  id: (p) => p.id,
};

/** Filters and sorts scans by the query. */
export function filterAndSort<T extends ListedScan>(scans: T[], query: URLSearchParams): Result<T[]> {
  return filterAndSortBy(scans, query, SCAN_SPEC as ListSpec<T>);
}

/** Filters and sorts providers by the query. */
export function filterAndSortProviders<T extends ListedProvider>(providers: T[], query: URLSearchParams): Result<T[]> {
  return filterAndSortBy(providers, query, PROVIDER_SPEC as ListSpec<T>);
}

/** One page of `items`: DRF's "Invalid page." (404) beyond the last page. */
export function paginate<T>(items: T[], query: URLSearchParams): Result<{ data: T[]; page: number; pages: number; count: number }> {
  const page = Number(query.get('page[number]') ?? '1');
  const size = Number(query.get('page[size]') ?? String(DEFAULT_PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1) return { ok: false, status: 404, detail: 'Invalid page.' };
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) return { ok: false, status: 400, detail: `page[size] must be 1 to ${MAX_PAGE_SIZE}` };
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (page > pages) return { ok: false, status: 404, detail: 'Invalid page.' };
  return { ok: true, value: { data: items.slice((page - 1) * size, page * size), page, pages, count: items.length } };
}
