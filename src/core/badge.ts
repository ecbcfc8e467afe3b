import type { ScanStatus } from './types.ts';

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

/** The toolbar badge: count of scans needing attention, colour by worst severity, glyphs for connection states. */
export function badgeFor(input: BadgeInput): Badge {
  void input;
  throw new Error('not implemented yet (issue 2)');
}
