import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunks, planDetailRequests } from './details-queue.ts';

describe('planDetailRequests', () => {
  const jobs: Record<string, number> = { a: 10, b: 2_000, c: 2_000, d: 10, e: 5 };
  const plan = (bulk: boolean, known: string[] = []) =>
    planDetailRequests(['a', 'b', 'c', 'd', 'e'], { bulk, perRequest: 2, jobsPerRequest: 3_000, known: (id) => known.includes(id), jobsOf: (id) => jobs[id] ?? 0 });

  it('asks a source without bulk requests for every scan one by one, in queue order', () => {
    expect(plan(false)).toEqual(['a', 'b', 'c', 'd', 'e'].map((scanId) => ({ kind: 'one', scanId })));
  });

  it('groups never-fetched scans by count and job budget, and revalidates cached ones one by one after them', () => {
    expect(plan(true, ['d'])).toEqual([
      { kind: 'bulk', scanIds: ['a', 'b'] },
      { kind: 'bulk', scanIds: ['c', 'e'] },
      { kind: 'one', scanId: 'd' },
    ]);
  });
});

describe('chunks', () => {
  it('covers every item once, in order; no chunk exceeds its size, nor its budget past its first item (property)', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 5_000 }), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 6_000 }), (weights, size, budget) => {
      const out = chunks(weights.map((w, i) => ({ i, w })), size, (x) => x.w, budget);
      expect(out.flat().map((x) => x.i)).toEqual(weights.map((_, i) => i));
      for (const chunk of out) {
        expect(chunk.length).toBeGreaterThan(0);
        expect(chunk.length).toBeLessThanOrEqual(size);
        if (chunk.length > 1) expect(chunk.reduce((sum, x) => sum + x.w, 0)).toBeLessThanOrEqual(budget);
      }
    }), { numRuns: 300 });
  });
});
