/**
 * A vitest reporter that prints, at the end of a run, the reliability and security tally: per category,
 * the cases tried and the failures (see tally.ts). A test that failed without recording a failure in
 * its tally (an assertion outside a property) counts as one failure of its first category, so a red
 * test can never print as "0 failures".
 */
import type { Reporter, TestModule } from 'vitest/node';
import type { TallyEntry } from './tally.ts';

/** Sums the entries of every test, by category, in first-seen order. */
export function summarize(tests: Array<{ tally: TallyEntry[]; failed: boolean }>): TallyEntry[] {
  const totals = new Map<string, TallyEntry>();
  for (const test of tests) {
    const entries = test.tally.map((e) => ({ ...e }));
    if (test.failed && entries.length > 0 && entries.every((e) => e.failures === 0)) entries[0]!.failures = 1;
    for (const entry of entries) {
      const total = totals.get(entry.category) ?? { category: entry.category, cases: 0, failures: 0 };
      total.cases += entry.cases;
      total.failures += entry.failures;
      totals.set(entry.category, total);
    }
  }
  return [...totals.values()];
}

/** The table as text. */
export function formatSummary(rows: TallyEntry[]): string {
  const width = Math.max(8, ...rows.map((r) => r.category.length));
  const line = (a: string, b: string, c: string) => `  ${a.padEnd(width)}  ${b.padStart(9)}  ${c.padStart(8)}`;
  const cases = rows.reduce((n, r) => n + r.cases, 0);
  const failures = rows.reduce((n, r) => n + r.failures, 0);
  return [
    '',
    'Reliability and security summary',
    line('category', 'cases', 'failures'),
    ...rows.map((r) => line(r.category, String(r.cases), String(r.failures))),
    line('total', String(cases), String(failures)),
    '',
  ].join('\n');
}

export default class FuzzSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const tests = testModules.flatMap((module) =>
      [...module.children.allTests()].map((test) => ({ tally: test.meta().tally ?? [], failed: test.result().state === 'failed' })),
    );
    const rows = summarize(tests);
    if (rows.length > 0) process.stdout.write(formatSummary(rows));
  }
}
