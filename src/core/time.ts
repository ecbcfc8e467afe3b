/** Parses an ISO-8601 time to epoch ms; null for null, empty or unparseable input (never NaN). */
export function parseTime(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Orders ISO times: parsed when both parse, else as strings (ISO strings sort lexically); never throws. */
export function compareTimes(a: string | null | undefined, b: string | null | undefined): number {
  const x = parseTime(a);
  const y = parseTime(b);
  if (x !== null && y !== null) return x - y;
  const s = String(a ?? '');
  const t = String(b ?? '');
  return s < t ? -1 : s > t ? 1 : 0;
}

/** "31 h", "45 min", "12 s": a rough human duration for reasons and tooltips. */
export function roughDuration(ms: number): string {
  if (ms >= 2 * 3_600_000) return `${Math.floor(ms / 3_600_000)} h`;
  if (ms >= 60_000) return `${Math.floor(ms / 60_000)} min`;
  return `${Math.max(0, Math.floor(ms / 1000))} s`;
}
