/**
 * GET /api/v1/scans query handling: the filters, sorts and page[number]/page[size] pagination of
 * Prowler's spec that a client of this server uses (others are ignored, as DRF ignores unknown ones).
 */
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

export interface ListedScan {
  id: string;
  state: string;
  providerId: string;
  insertedAt: string;
  updatedAt: string;
}

type Result<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; detail: string };

const SORT_KEYS: Readonly<Record<string, (s: ListedScan) => string>> = {
  inserted_at: (s) => s.insertedAt,
  updated_at: (s) => s.updatedAt,
};

function list(query: URLSearchParams, name: string): string[] | null {
  const value = query.get(name);
  return value === null ? null : value.split(',').map((v) => v.trim()).filter(Boolean);
}

/** Filters and sorts `scans` by the query; an unknown sort field is a 400, as in DRF. */
export function filterAndSort<T extends ListedScan>(scans: T[], query: URLSearchParams): Result<T[]> {
  const states = list(query, 'filter[state__in]') ?? list(query, 'filter[state]');
  const providers = list(query, 'filter[provider__in]') ?? list(query, 'filter[provider]');
  let selected = scans.filter((s) => (!states || states.includes(s.state)) && (!providers || providers.includes(s.providerId)));
  const sort = query.get('sort') ?? '-inserted_at';
  const field = sort.replace(/^-/, '');
  const key = SORT_KEYS[field];
  if (!key) return { ok: false, status: 400, detail: `invalid sort parameter: ${sort}` };
  const direction = sort.startsWith('-') ? -1 : 1;
  selected = [...selected].sort((a, b) => direction * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1));
  return { ok: true, value: selected };
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
