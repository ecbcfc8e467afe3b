import { describe, expect, it } from 'vitest';
import { filterAndSortBy, sparse, type ListSpec } from './list-query.ts';

interface Item { id: string; name: string; group: string | null; tags: string[] }
const items: Item[] = [
  { id: 'a', name: 'Zeta', group: 'x', tags: ['t1'] },
  { id: 'b', name: 'alpha', group: null, tags: [] },
  { id: 'c', name: 'Beta', group: 'x', tags: ['t1', 't2'] },
];
const spec: ListSpec<Item> = {
  filters: { name: (i) => i.name, group: (i) => i.group, tag: (i) => i.tags },
  search: [(i) => i.name],
  sorts: { name: (i) => i.name, group: (i) => i.group },
  defaultSort: 'name',
  id: (i) => i.id,
};
const run = (query: string) => {
  const result = filterAndSortBy(items, new URLSearchParams(query), spec);
  return result.ok ? result.value.map((i) => i.id) : result;
};

describe('JSON:API list query', () => {
  it('filters exact, __in (also over many-valued fields), __icontains and search; ignores unknown filters', () => {
    expect(run('filter[group]=x')).toEqual(['c', 'a']);
    expect(run('filter[tag__in]=t2,t9')).toEqual(['c']);
    expect(run('filter[name__icontains]=ET')).toEqual(['c', 'a']);
    expect(run('filter[search]=ALP')).toEqual(['b']);
    expect(run('filter[colour]=red')).toEqual(['c', 'a', 'b']);
  });

  it('sorts by several keys, descending with "-", nulls last ascending, then by id', () => {
    expect(run('sort=group,-name')).toEqual(['a', 'c', 'b']);
    expect(run('sort=-group,name')).toEqual(['b', 'c', 'a']);
    expect(run('sort=bogus')).toMatchObject({ ok: false, status: 400, detail: 'invalid sort parameter: bogus' });
  });

  it('sparse fieldsets keep only the named attributes and relationships', () => {
    const resource = { type: 'scans', id: '1', attributes: { state: 'failed', name: 'n' }, relationships: { provider: { data: null }, task: { data: null } } };
    expect(sparse(resource, new URLSearchParams('fields[scans]=state,task'))).toEqual({ type: 'scans', id: '1', attributes: { state: 'failed' }, relationships: { task: { data: null } } });
    expect(sparse(resource, new URLSearchParams('fields[providers]=uid'))).toBe(resource);
  });
});
