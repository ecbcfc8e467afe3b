import type { ScanStatus } from './types.ts';
import { severity } from './severity.ts';
import { statusLabel } from './status-label.ts';
import { own } from './own.ts';

/** The background's view of its connection to the API. */
export type ConnectionState = 'ok' | 'not_configured' | 'unauthorized' | 'unreachable';

export interface BadgeInput {
  connection: ConnectionState;
  /** The scans that count (latest run per project). */
  scans: ReadonlyArray<{ status: ScanStatus; acknowledged: boolean; muted: boolean }>;
}

export interface Badge {
  /** At most 4 characters; "99+" past 99; '' for nothing to say. */
  text: string;
  /** CSS hex colour. */
  color: string;
  /** Tooltip. */
  title: string;
}

/** Badge colours, as plain data. */
export const BADGE_COLORS = {
  red: '#d93025',
  amber: '#e37400',
  gray: '#5f6368',
  purple: '#8430ce',
} as const;

/**
 * Connection states get their own glyph, never a number, so "no data" is never mistaken for "no
 * problems" nor for a count. Plain data, like notifier-for-github's error→symbol table.
 */
export const CONNECTION_BADGES: Readonly<Record<Exclude<ConnectionState, 'ok'>, { text: string; color: string; title: string }>> = {
  not_configured: { text: '?', color: BADGE_COLORS.gray, title: 'ScanSight is not set up: open Options to enter the scan API address and token.' },
  unauthorized: { text: 'KEY', color: BADGE_COLORS.purple, title: 'ScanSight: the scan API rejected the token (401/403). Open Options and enter a valid token.' },
  unreachable: { text: 'off', color: BADGE_COLORS.gray, title: 'ScanSight cannot reach the scan API (offline or server down); it will retry.' },
};

/** Statuses a person should look at; everything else is quiet. */
const ATTENTION: ReadonlySet<ScanStatus> = new Set<ScanStatus>(['failed', 'partially_completed', 'submission_error']);

/** "7", "42", "99+": at most 4 characters. */
export function badgeCount(n: number): string {
  if (!Number.isFinite(n) || n <= 0) return '';
  return n > 99 ? '99+' : String(Math.floor(n));
}

/**
 * The toolbar badge. Counts the latest-run scans needing attention (failed, partially completed,
 * submission error) that are neither acknowledged nor muted; red when any of them is failed or a
 * submission error, amber when all are partial. Connection problems show their glyph instead,
 * with the last known count in the tooltip (cached data may be stale).
 */
export function badgeFor(input: BadgeInput): Badge {
  const scans = input.scans ?? [];
  const attention = scans.filter((s) => ATTENTION.has(s.status));
  const loud = attention.filter((s) => !s.acknowledged && !s.muted);
  const quiet = attention.length - loud.length;

  if (input.connection !== 'ok') {
    const glyph = own(CONNECTION_BADGES, input.connection) ?? CONNECTION_BADGES.unreachable;
    const known = loud.length > 0 ? ` Last known: ${plural(loud.length, 'scan needs', 'scans need')} attention.` : '';
    return { text: glyph.text, color: glyph.color, title: glyph.title + known };
  }
  if (loud.length === 0) {
    const quietNote = quiet > 0 ? ` (${quiet} acknowledged or muted)` : '';
    const running = scans.filter((s) => s.status === 'running').length;
    const runningNote = running > 0 ? `; ${plural(running, 'scan', 'scans')} running` : '';
    return { text: '', color: BADGE_COLORS.gray, title: `ScanSight: nothing needs attention${quietNote}${runningNote}` };
  }
  const worst = Math.max(...loud.map((s) => severity(s.status)));
  const color = worst >= severity('failed') ? BADGE_COLORS.red : BADGE_COLORS.amber;
  const byStatus = (['submission_error', 'failed', 'partially_completed'] as const)
    .map((status) => ({ status, n: loud.filter((s) => s.status === status).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${statusLabel(x.status)}`)
    .join(', ');
  const quietNote = quiet > 0 ? `; ${quiet} more acknowledged or muted` : '';
  return {
    text: badgeCount(loud.length),
    color,
    title: `ScanSight: ${plural(loud.length, 'scan needs', 'scans need')} attention — ${byStatus}${quietNote}`,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
