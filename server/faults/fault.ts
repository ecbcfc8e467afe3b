/** Faults the control API injects into API responses (tests only). */

export const FAULT_KINDS = [
  '401', '403', '429', '500', '502', '503',
  'slow', 'truncated-json', 'malformed-json', 'wrong-types', 'oversized', 'hostile-strings',
  // Replies over the client's limits (docs/security.md): nested 200,000 deep, a 5,000,000-character cursor.
  'deep-json', 'long-cursor',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** Path prefix the fault applies to (default `/api/v1/`; the dashboard's `/app/api/` is not hit by default). */
  match: string;
  /** Responses left to spoil; Infinity for "until reset". */
  remaining: number;
  /** Retry-After for 429/503: seconds (number) or an HTTP-date (string). */
  retryAfter?: number | string;
  /** Delay for `slow` (default 3000 ms of wall time). */
  delayMs?: number;
  /** Body size for `oversized` (default 16 MiB). */
  sizeBytes?: number;
}

/** The first fault matching `path`, consuming one use of it; undefined when none applies. */
export function takeFault(faults: Fault[], path: string): Fault | undefined {
  const index = faults.findIndex((f) => f.remaining > 0 && path.startsWith(f.match));
  if (index < 0) return undefined;
  const fault = faults[index]!;
  fault.remaining -= 1;
  if (fault.remaining <= 0) faults.splice(index, 1);
  return fault;
}
