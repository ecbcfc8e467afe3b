/** Recomputes and shows the toolbar badge from the cache. */
import type { CacheFacts } from '../cache/read-cache.ts';
import { readCacheFacts } from '../cache/read-cache.ts';
import type { Background } from './context.ts';
import { badgeFromFacts } from './badge-state.ts';

/** Shows the badge for `facts` (read fresh when not given). */
export async function refreshBadge(bg: Pick<Background, 'cache' | 'ports' | 'now'>, facts?: CacheFacts): Promise<void> {
  const current = facts ?? (await readCacheFacts(await bg.cache.db()));
  await bg.ports.badge.show(badgeFromFacts(current, current.sync.connection, bg.now()));
}
