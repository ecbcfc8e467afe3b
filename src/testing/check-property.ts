/**
 * Runs a fast-check property with the suite's run count and records what it tried in the tally.
 * fc.check (not fc.assert) so the number of cases actually run is known, also when one fails.
 */
import fc from 'fast-check';
import { fuzzRuns } from './fuzz-runs.ts';
import { tally, type TallyContext } from './tally.ts';

/** Checks `property` for FUZZ_RUNS cases (at least 1,000); throws fast-check's report on a counterexample. */
export async function checkProperty<Ts>(
  ctx: TallyContext,
  category: string,
  property: fc.IRawProperty<Ts>,
  params: fc.Parameters<Ts> = {},
): Promise<void> {
  const details = await fc.check(property, { numRuns: fuzzRuns(), ...params });
  tally(ctx, category, details.numRuns, details.failed ? 1 : 0);
  if (!details.failed) return;
  const cause = details.errorInstance;
  const why = cause instanceof Error ? cause.message : String(cause);
  throw new Error(`${fc.defaultReportMessage(details) ?? `property "${category}" failed`}\nGot error: ${why}`, { cause });
}
