/** Creates the world a server runs: a state loaded from a scenario, moved along by the simulated clock. */
import { emptyState, type World } from './state.ts';
import type { SimClock } from './sim-clock.ts';
import { scenarioBuilder, SCENARIO_NAMES } from './scenarios/catalog.ts';
import { advanceWorld } from './simulation/advance-world.ts';

/** Thrown for a scenario name the catalog does not know. */
export class UnknownScenarioError extends Error {
  constructor(name: string) {
    super(`unknown scenario "${name}"; known: ${SCENARIO_NAMES.join(', ')}`);
  }
}

/** A world loaded with `scenario` (throws {@link UnknownScenarioError}). */
export function createWorld(options: { scenario: string; clock: SimClock; origin: string }): World {
  const { clock, origin } = options;
  const world: World = {
    state: emptyState(options.scenario, origin),
    clock,
    sync: () => advanceWorld(world.state, clock.now()),
    load(name) {
      const build = scenarioBuilder(name);
      if (!build) throw new UnknownScenarioError(name);
      const state = emptyState(name, origin);
      const now = clock.now();
      build(state, now);
      advanceWorld(state, now);
      world.state = state;
    },
    reset: () => world.load(world.state.scenario),
  };
  world.load(options.scenario);
  return world;
}
