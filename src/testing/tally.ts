/**
 * The reliability and security suite's tally: each test records, on its own task meta, how many cases
 * it tried per category and how many failed. The summary reporter (fuzz-summary-reporter.ts) adds them
 * up at the end of the run. Meta travels from the test worker to the reporter with the test result.
 */
export interface TallyEntry {
  category: string;
  cases: number;
  failures: number;
}

declare module 'vitest' {
  interface TaskMeta {
    tally?: TallyEntry[];
  }
}

/** The part of a vitest test context the tally writes to. */
export interface TallyContext {
  task: { meta: { tally?: TallyEntry[] } };
}

/** Records `cases` tried (and `failures` among them) under `category` for the running test. */
export function tally(ctx: TallyContext, category: string, cases: number, failures = 0): void {
  (ctx.task.meta.tally ??= []).push({ category, cases, failures });
}
