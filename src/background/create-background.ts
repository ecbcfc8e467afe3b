/** Assembles the background from its dependencies: the one place the sync's single-flight lives. */
import type { Background, BackgroundDeps } from './context.ts';
import { singleFlight } from './single-flight.ts';
import { runSyncCycle } from './sync-cycle.ts';

/** The background over `deps`; `bg.sync.run()` is the only way to start a sync. */
export function createBackground(deps: BackgroundDeps): Background {
  const bg: Background = { ...deps, sync: singleFlight(() => runSyncCycle(bg)) };
  return bg;
}
