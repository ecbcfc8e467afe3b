/**
 * Fuzzing whole sync cycles: an API that answers every request with an arbitrary reply (valid,
 * spoiled, truncated, an error status with any Retry-After, a dropped connection, no answer). A cycle
 * never throws out, the cache only ever holds valid records and a consistent checkpoint, and the next
 * sync is scheduled within bounds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCacheFacts } from '../cache/read-cache.ts';
import { configure, createTestBackground, resetStorage, type TestBackground } from './test/test-background.ts';
import { checkProperty } from '../testing/check-property.ts';
import { apiId, errorLogArb, integrationArb, jobArb, projectArb, scanArb, spoiled } from '../testing/domain-arbitraries.ts';
import { allValid, isErrorLog, isIntegration, isJob, isProject, isScan } from '../testing/domain-validity.ts';
import { fakeFetch, replyArb, type FakeReply } from '../testing/fake-replies.ts';
import { FAST_POLL_MS } from './next-delay.ts';

const API = 'https://api.example.test';
const DAY_MS = 24 * 60 * 60_000;
const START = Date.parse('2026-03-01T12:00:00.000Z');
// Two records per list are enough to mix a valid and a spoiled one; bigger bodies only cost time.
const list = <T extends object>(a: fc.Arbitrary<T>) => fc.array(fc.oneof({ arbitrary: a, weight: 6 }, spoiled(a)), { maxLength: 2 }).map((data) => ({ data }));
/** An entry of the bulk details answer (`GET /scans/-/details`). */
const detailsArb = fc.record({
  scanId: apiId,
  jobs: fc.array(jobArb, { maxLength: 2 }),
  errors: fc.array(errorLogArb, { maxLength: 2 }),
  jobsEtag: fc.option(fc.string({ maxLength: 6 }), { nil: null }),
  errorsEtag: fc.option(fc.string({ maxLength: 6 }), { nil: null }),
});
const REPLIES = fc.record({
  projects: replyArb(list(projectArb)),
  integrations: replyArb(list(integrationArb)),
  scans: replyArb(fc.tuple(list(scanArb), fc.option(fc.string({ maxLength: 4 }), { nil: null })).map(([l, nextCursor]) => ({ ...l, nextCursor }))),
  jobs: replyArb(list(jobArb)),
  errors: replyArb(list(errorLogArb)),
  details: replyArb(list(detailsArb)),
});
type Replies = typeof REPLIES extends fc.Arbitrary<infer R> ? R : never;

/** A fetch that answers each request with the next scripted reply for its resource; a network error once they run out. */
function scriptedApi(script: Replies[]): typeof fetch {
  let i = 0;
  return (input, init) => {
    const path = new URL(String(input)).pathname;
    const kind = path.endsWith('/scans/-/details') ? 'details' : path.endsWith('/jobs') ? 'jobs' : path.endsWith('/errors') ? 'errors' : path.endsWith('/projects') ? 'projects' : path.endsWith('/integrations') ? 'integrations' : 'scans';
    const reply: FakeReply = script[i++]?.[kind] ?? { kind: 'throw', error: new TypeError('Failed to fetch') };
    return fakeFetch(reply)(input, init);
  };
}

/**
 * One configured background for every case (opening and upgrading fresh databases per case was much
 * of the cost): each case gets its own fetch, the clock back at the start and an emptied cache, which
 * is what a fresh database holds. Settings and the token never change, so they are stored once.
 */
let t: TestBackground;
let api: typeof fetch = () => Promise.reject(new TypeError('no script'));

beforeAll(async () => {
  resetStorage();
  t = createTestBackground({ fetch: (input, init) => api(input, init), timeoutMs: 1 });
  await configure(t.browser, { apiUrl: API }, 'tok-sync-fuzz');
});

async function startCase(fetch: typeof globalThis.fetch): Promise<void> {
  api = fetch;
  t.clock.now = START;
  const db = await t.bg.cache.db();
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done]);
}

describe('sync cycles against a chaotic API, fuzzed', () => {
  it('never throws out, never leaves invalid data in the cache, and schedules the next sync within bounds', async (ctx) => {
    await checkProperty(ctx, 'sync: arbitrary API replies', fc.asyncProperty(fc.array(REPLIES, { minLength: 1, maxLength: 10 }), async (replies) => {
      await startCase(scriptedApi(replies));
      // Two cycles over the same script, a day apart (a Retry-After never silences the second): the
      // second one meets a cache the first one filled, so an invalid reply could overwrite it.
      await t.bg.sync.run();
      t.clock.now += DAY_MS + 1;
      const start = t.clock.now;
      const result = await t.bg.sync.run();
      expect(['ok', 'error']).toContain(result.outcome);
      expect(result.nextAt - start).toBeGreaterThanOrEqual(FAST_POLL_MS);
      expect(result.nextAt - start).toBeLessThanOrEqual(DAY_MS);
      const facts = await readCacheFacts(await t.bg.cache.db());
      expect(allValid(facts.projects, isProject)).toBe(true);
      expect(allValid(facts.integrations, isIntegration)).toBe(true);
      expect(allValid(facts.scans, isScan)).toBe(true);
      expect(allValid([...facts.jobsByScan.values()].flat(), isJob)).toBe(true);
      expect(allValid([...facts.errorsByScan.values()].flat(), isErrorLog)).toBe(true);
      const s = facts.sync;
      expect(s.pass === null || (typeof s.pass === 'object' && (s.pass.cursor === null || typeof s.pass.cursor === 'string'))).toBe(true);
      expect(s.pendingDetails.every((id) => typeof id === 'string')).toBe(true);
      expect(Object.values(s.etags).every((e) => typeof e === 'string')).toBe(true);
      expect(s.retryNotBefore === null || (Number.isFinite(s.retryNotBefore) && s.retryNotBefore - start <= DAY_MS)).toBe(true);
    }));
  });
});
