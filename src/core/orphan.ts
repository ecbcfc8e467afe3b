import { parseTime, roughDuration } from './time.ts';

/** Default age past which a running scan is called orphaned: no CSPM scan should run a whole day. */
export const DEFAULT_ORPHAN_AFTER_MS = 24 * 3_600_000;

/**
 * Edge case 9: a scan "running" far longer than any should (the scanner died). The status stays
 * running — only the source can end it — but the reason says so and the caller can flag it.
 * Missing `now` or `startedAt` means no check; an unparseable `startedAt` is named in the note;
 * a start in the future (clock skew) is not an orphan.
 */
export function orphanNote(options: { now?: number; startedAt?: string | null; orphanAfterMs?: number } | undefined): { orphaned: boolean; note?: string } {
  const now = options?.now;
  const startedAt = options?.startedAt;
  if (typeof now !== 'number' || !Number.isFinite(now) || startedAt === undefined || startedAt === null) return { orphaned: false };
  const start = parseTime(startedAt);
  if (start === null) return { orphaned: false, note: `start time "${startedAt}" is unreadable: orphan check skipped` };
  const limit = typeof options?.orphanAfterMs === 'number' && options.orphanAfterMs > 0 ? options.orphanAfterMs : DEFAULT_ORPHAN_AFTER_MS;
  const age = now - start;
  if (age <= limit) return { orphaned: false };
  return {
    orphaned: true,
    note: `running for ${roughDuration(age)}, longer than the ${roughDuration(limit)} any scan should take: probably orphaned (the scanner may have stopped reporting)`,
  };
}
