import { describe, expect, it } from 'vitest';
import { formatSummary, summarize } from './fuzz-summary-reporter.ts';
import { fuzzRuns } from './fuzz-runs.ts';

describe('the reliability and security tally', () => {
  it('adds cases and failures up by category, and a red test never prints as 0 failures', () => {
    const rows = summarize([
      { tally: [{ category: 'a', cases: 1000, failures: 0 }], failed: false },
      { tally: [{ category: 'a', cases: 12, failures: 1 }], failed: true },
      { tally: [{ category: 'b', cases: 1, failures: 0 }], failed: true },
      { tally: [], failed: true },
    ]);
    expect(rows).toEqual([{ category: 'a', cases: 1012, failures: 1 }, { category: 'b', cases: 1, failures: 1 }]);
    expect(formatSummary(rows)).toMatch(/total\s+1013\s+2/);
  });

  it('runs 1,000 cases per property unless FUZZ_RUNS asks for more', () => {
    expect(fuzzRuns({})).toBe(1000);
    expect(fuzzRuns({ FUZZ_RUNS: '50000' })).toBe(50000);
    expect(fuzzRuns({ FUZZ_RUNS: '10' })).toBe(1000);
    expect(fuzzRuns({ FUZZ_RUNS: 'lots' })).toBe(1000);
  });
});
