/** Recomputes and shows the toolbar badge from the cache. */
import type { CacheFacts } from '../cache/read-cache.ts';
import { readScanDetails } from '../cache/read-cache.ts';
import { latestScanIds } from './scan-rows.ts';
import type { Background } from './context.ts';
import { badgeInput, badgeView } from './badge-state.ts';

/** Shows the badge for `facts`, which must hold each project's latest run (read fresh when not given). */
export async function refreshBadge(bg: Pick<Background, 'cache' | 'ports' | 'now'>, facts?: CacheFacts): Promise<void> {
  const current = facts ?? (await readScanDetails(await bg.cache.db(), latestScanIds));
  const { badge } = bg.ports;
  await badge.show(badgeView(badgeInput(current, current.sync.connection, bg.now()), badge.t));
}
