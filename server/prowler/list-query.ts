/**
 * The JSON:API list query of Prowler's API (django-filter + DRF JSON:API): `filter[field]`,
 * `filter[field__in]`, `filter[field__icontains]`, `filter[search]`, `sort` and sparse
 * `fields[type]`, over any resource described by a {@link ListSpec}. Unknown filters are
 * ignored, as django-filter ignores them; an unknown sort field is a 400, as DRF answers.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; detail: string };

/** What a resource list can be filtered and sorted by. */
export interface ListSpec<T> {
  /** Filterable fields: `filter[name]`, `filter[name__in]`, `filter[name__icontains]`. */
  filters: Readonly<Record<string, (item: T) => string | readonly string[] | null>>;
  /** Fields `filter[search]` looks in (case-insensitive substring). */
  search: ReadonlyArray<(item: T) => string | null>;
  /** Sortable fields (the spec's `sort` enum, without the `-`). */
  sorts: Readonly<Record<string, (item: T) => string | number | null>>;
  defaultSort: string;
  id: (item: T) => string;
}

function values(query: URLSearchParams, name: string): string[] | null {
  const value = query.get(name);
  return value === null ? null : value.split(',').map((v) => v.trim()).filter(Boolean);
}

const asList = (value: string | readonly string[] | null): readonly string[] => (value === null ? [] : typeof value === 'string' ? [value] : value);

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // nulls last, as PostgreSQL sorts ascending
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Filters and sorts `items` by `query` (comma-separated sort keys, `-` for descending). */
export function filterAndSortBy<T>(items: readonly T[], query: URLSearchParams, spec: ListSpec<T>): Result<T[]> {
  let selected = [...items];
  for (const [field, read] of Object.entries(spec.filters)) {
    const exact = values(query, `filter[${field}]`);
    const anyOf = values(query, `filter[${field}__in]`);
    const contains = query.get(`filter[${field}__icontains]`)?.toLowerCase();
    if (exact) selected = selected.filter((item) => asList(read(item)).some((v) => exact.includes(v)));
    if (anyOf) selected = selected.filter((item) => asList(read(item)).some((v) => anyOf.includes(v)));
    if (contains) selected = selected.filter((item) => asList(read(item)).some((v) => v.toLowerCase().includes(contains)));
  }
  const search = query.get('filter[search]')?.trim().toLowerCase();
  if (search) selected = selected.filter((item) => spec.search.some((read) => read(item)?.toLowerCase().includes(search)));
  const keys = (query.get('sort') || spec.defaultSort).split(',').map((k) => k.trim()).filter(Boolean);
  for (const key of keys) {
    if (!spec.sorts[key.replace(/^-/, '')]) return { ok: false, status: 400, detail: `invalid sort parameter: ${key}` };
  }
  selected.sort((a, b) => {
    for (const key of keys) {
      const read = spec.sorts[key.replace(/^-/, '')]!;
      const order = compare(read(a), read(b)) * (key.startsWith('-') ? -1 : 1);
      if (order !== 0) return order;
    }
    return compare(spec.id(a), spec.id(b));
  });
  return { ok: true, value: selected };
}

/** A resource with only the attributes and relationships `fields[type]` names (JSON:API sparse fieldsets). */
export function sparse<R extends { type: string; attributes: object; relationships?: object }>(resource: R, query: URLSearchParams): R {
  const wanted = values(query, `fields[${resource.type}]`);
  if (!wanted) return resource;
  const pick = (o: object) => Object.fromEntries(Object.entries(o).filter(([k]) => wanted.includes(k)));
  const attributes = pick(resource.attributes);
  const relationships = resource.relationships ? pick(resource.relationships) : undefined;
  const { relationships: _dropped, ...rest } = resource;
  return { ...rest, attributes, ...(relationships && Object.keys(relationships).length > 0 ? { relationships } : {}) } as R;
}
