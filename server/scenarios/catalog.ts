/** Every scenario by name. Each is loadable alone; `seed` holds one project per seed scenario. */
import type { ServerState } from '../state.ts';
import { SEED_SCENARIOS, buildSeed } from './seed-scenarios.ts';
import { buildLively } from './lively.ts';
import { buildLarge } from './large.ts';

export type ScenarioBuilder = (state: ServerState, now: number) => void;

export const SCENARIOS: Readonly<Record<string, ScenarioBuilder>> = {
  ...SEED_SCENARIOS,
  seed: buildSeed,
  lively: buildLively,
  large: buildLarge,
  /** The large tenant's latest run per project only: 1,000 scans × 36 jobs (benchmarks). */
  'large-latest': (state, now) => buildLarge(state, now, 1),
  empty: () => {},
};

/** Scenario names, for error messages and `--help`. */
export const SCENARIO_NAMES: readonly string[] = Object.keys(SCENARIOS);

/** The builder for `name`, or undefined. */
export function scenarioBuilder(name: string): ScenarioBuilder | undefined {
  return Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name] : undefined;
}
