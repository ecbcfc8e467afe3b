/**
 * "What the API holds is fully back in the cache": reads everything the reference server's API
 * serves (as a client would, with the token) and compares it with the cache, record for record.
 */
import { expect } from 'vitest';
import type { CacheDb } from '../cache/schema.ts';
import { readCacheFacts } from '../cache/read-cache.ts';

async function get<T>(base: string, token: string, path: string): Promise<{ data: T[]; nextCursor?: string | null }> {
  const response = await fetch(new URL(path, `${base}/`), { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as { data: T[]; nextCursor?: string | null };
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byKey = <T extends { id: string; attempt: number }>(items: T[]) =>
  [...items].sort((a, b) => (a.id === b.id ? a.attempt - b.attempt : a.id < b.id ? -1 : 1));

/** Asserts that the cache holds exactly the API's projects, integrations and scans, and every scan's jobs and error logs. */
export async function expectCacheMirrorsApi(db: CacheDb, api: { url: string; token: string }): Promise<void> {
  const scans: Array<{ id: string }> = [];
  for (let cursor: string | null | undefined = null; ; ) {
    const page: { data: Array<{ id: string }>; nextCursor?: string | null } = await get<{ id: string }>(api.url, api.token, `api/v1/scans?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    scans.push(...page.data);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  const facts = await readCacheFacts(db);
  expect(byId(facts.projects)).toEqual(byId((await get<{ id: string }>(api.url, api.token, 'api/v1/projects')).data));
  expect(byId(facts.integrations)).toEqual(byId((await get<{ id: string }>(api.url, api.token, 'api/v1/integrations')).data));
  expect(byId(facts.scans)).toEqual(byId(scans));
  for (const scan of scans) {
    const jobs = (await get<{ id: string; attempt: number }>(api.url, api.token, `api/v1/scans/${encodeURIComponent(scan.id)}/jobs`)).data;
    const errors = (await get<{ id: string }>(api.url, api.token, `api/v1/scans/${encodeURIComponent(scan.id)}/errors`)).data;
    expect(byKey(facts.jobsByScan.get(scan.id) ?? []), `jobs of ${scan.id}`).toEqual(byKey(jobs));
    expect(byId(facts.errorsByScan.get(scan.id) ?? []), `errors of ${scan.id}`).toEqual(byId(errors));
  }
}
