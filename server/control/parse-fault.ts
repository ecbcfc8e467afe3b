/** Validates a fault request body of the control API. */
import { FAULT_KINDS, type Fault, type FaultKind } from '../faults/fault.ts';

export type ParsedFault = { ok: true; fault: Fault } | { ok: false; message: string };

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** `{ kind, match?, count?, retryAfter?, delayMs?, sizeBytes? }` → a {@link Fault}; count null = until reset. */
export function parseFault(body: unknown): ParsedFault {
  if (!body || typeof body !== 'object') return { ok: false, message: 'body must be a JSON object' };
  const b = body as Record<string, unknown>;
  if (!FAULT_KINDS.includes(b.kind as FaultKind)) return { ok: false, message: `kind must be one of ${FAULT_KINDS.join(', ')}` };
  if (b.match !== undefined && (typeof b.match !== 'string' || !b.match.startsWith('/'))) return { ok: false, message: 'match must be a path prefix starting with /' };
  if (b.count !== undefined && b.count !== null && !isCount(b.count)) return { ok: false, message: 'count must be a positive integer, or null for "until reset"' };
  const retry = b.retryAfter;
  if (retry !== undefined && !(typeof retry === 'number' && retry >= 0) && !(typeof retry === 'string' && !Number.isNaN(Date.parse(retry)))) {
    return { ok: false, message: 'retryAfter must be seconds (number) or an HTTP-date (string)' };
  }
  for (const key of ['delayMs', 'sizeBytes'] as const) {
    if (b[key] !== undefined && !(typeof b[key] === 'number' && (b[key] as number) >= 0)) return { ok: false, message: `${key} must be a non-negative number` };
  }
  const fault: Fault = {
    kind: b.kind as FaultKind,
    match: (b.match as string | undefined) ?? '/api/v1/',
    remaining: b.count === null ? Infinity : ((b.count as number | undefined) ?? 1),
    ...(retry !== undefined ? { retryAfter: retry as number | string } : {}),
    ...(b.delayMs !== undefined ? { delayMs: b.delayMs as number } : {}),
    ...(b.sizeBytes !== undefined ? { sizeBytes: b.sizeBytes as number } : {}),
  };
  return { ok: true, fault };
}
