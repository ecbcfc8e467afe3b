/**
 * The toolbar badge from cached facts: the core's badgeFor over each project's latest run, and its
 * tooltip in the browser's language (one message per badge state, counts as substitutions).
 */
import { statusText } from '../platform/translate-ref.ts';
import { badgeFor, isBadStatus, type Badge, type BadgeInput, type ConnectionState } from '../core/index.ts';
import type { CacheFacts } from '../cache/read-cache.ts';
import type { BadgeView } from '../platform/action-badge.ts';
import type { Translate } from '../platform/i18n.ts';
import { isSnoozed } from '../core/snooze.ts';
import { latestScans, statusOf } from './scan-rows.ts';

/** What the badge is computed from: the connection and each project's latest run. */
export function badgeInput(facts: CacheFacts, connection: ConnectionState, now: number): BadgeInput {
  const scans = latestScans(facts).map((scan) => {
    const pref = facts.prefs.get(scan.projectId);
    return {
      status: statusOf(facts, scan, now).status,
      acknowledged: facts.marks.has(scan.id),
      muted: (pref?.muted ?? false) || isSnoozed(pref?.snoozedUntil, now),
    };
  });
  return { connection, scans };
}

/** The badge for the cache as it is now, given the connection state. */
export function badgeFromFacts(facts: CacheFacts, connection: ConnectionState, now: number): Badge {
  return badgeFor(badgeInput(facts, connection, now));
}

const CONNECTION_PROBLEMS: ReadonlyArray<string> = ['not_configured', 'unauthorized', 'unreachable'];

/**
 * The badge as shown: the core's text and colour, and a tooltip from messages.json, one message per
 * state (`badge_not_configured`, `badge_unauthorized`, `badge_unreachable`, `badge_attention`,
 * `badge_quiet`) with counts as substitutions.
 */
export function badgeView(input: BadgeInput, t: Translate): BadgeView {
  const { text, color } = badgeFor(input);
  const bad = input.scans.filter((s) => isBadStatus(s.status));
  const loud = bad.filter((s) => !s.acknowledged && !s.muted);
  // "2 Failed, 1 Partially Completed": the loud scans per status, worst first.
  const perStatus = (['submission_error', 'failed', 'partially_completed'] as const).flatMap((status) => {
    const n = loud.filter((s) => s.status === status).length;
    return n ? [t('badge_statusCount', [String(n), statusText(status, t)])] : [];
  }).join(', ');
  if (input.connection !== 'ok') {
    const problem = t(`badge_${CONNECTION_PROBLEMS.includes(input.connection) ? input.connection : 'unreachable'}`);
    return { text, color, title: perStatus ? `${problem} ${t('badge_lastKnown', perStatus)}` : problem };
  }
  const quiet = bad.length - loud.length;
  const running = input.scans.filter((s) => s.status === 'running').length;
  const notes = [loud.length ? t('badge_attention', perStatus) : t('badge_quiet')];
  if (quiet) notes.push(t('badge_acknowledgedOrMuted', String(quiet)));
  if (running && !loud.length) notes.push(t('badge_running', String(running)));
  return { text, color, title: notes.join('; ') };
}
