/**
 * How many cases each property runs: 1,000 by default (what `npm test` runs), more through the
 * FUZZ_RUNS environment variable (`FUZZ_RUNS=20000 npx vitest run src`). A value below 1,000 is ignored,
 * so the default run can never quietly fuzz less than the suite promises.
 */
export const DEFAULT_FUZZ_RUNS = 1000;

/** Cases per property for this run. */
export function fuzzRuns(env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > DEFAULT_FUZZ_RUNS ? asked : DEFAULT_FUZZ_RUNS;
}
