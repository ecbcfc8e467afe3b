/** The toolbar badge from cached facts: the core's badgeFor over each project's latest run. */
import { badgeFor, type Badge, type ConnectionState } from '../core/index.ts';
import type { CacheFacts } from '../cache/read-cache.ts';
import { isSnoozed, latestScans, statusOf } from './scan-rows.ts';

/** The badge for the cache as it is now, given the connection state. */
export function badgeFromFacts(facts: CacheFacts, connection: ConnectionState, now: number): Badge {
  const scans = latestScans(facts).map((scan) => {
    const pref = facts.prefs.get(scan.projectId);
    return {
      status: statusOf(facts, scan, now).status,
      acknowledged: facts.marks.has(scan.id),
      muted: (pref?.muted ?? false) || isSnoozed(pref?.snoozedUntil, now),
    };
  });
  return badgeFor({ connection, scans });
}
