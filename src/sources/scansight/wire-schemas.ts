/**
 * Schemas (valibot) for the ScanSight scan API (docs/scan-api.md). They mirror src/core/types.ts;
 * status-like fields are plain strings (unknown values are tolerated downstream, never rejected here),
 * but shapes, types and ids are strict (ids: src/sources/safe-id.ts): a body that does not match is rejected whole.
 */
import * as v from 'valibot';
import { SafeId } from '../safe-id.ts';

// Ids may end up in request paths (scans/{id}/jobs): only safe ids, never a dot segment.
const id = SafeId;
const text = v.pipe(v.string(), v.maxLength(10_000));
const isoTime = v.pipe(v.string(), v.maxLength(64));
const nullableText = v.nullable(text);

export const ProjectSchema = v.object({
  id,
  name: text,
  kind: text,
  integrationId: v.nullable(id),
  dashboardUrl: nullableText,
});

export const ScanSchema = v.object({
  id,
  projectId: id,
  name: text,
  kind: text,
  lifecycle: text,
  createdAt: isoTime,
  updatedAt: isoTime,
  submittedAt: v.nullable(isoTime),
  startedAt: v.nullable(isoTime),
  finishedAt: v.nullable(isoTime),
  integrationId: v.nullable(id),
  jobCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  dashboardUrl: nullableText,
  submissionError: nullableText,
});

export const JobSchema = v.object({
  id,
  scanId: id,
  name: text,
  target: v.object({ account: nullableText, region: nullableText, service: nullableText }),
  scanner: text,
  status: text,
  attempt: v.pipe(v.number(), v.integer(), v.minValue(1)),
  startedAt: v.nullable(isoTime),
  finishedAt: v.nullable(isoTime),
  // JSON.parse reads 1e999 as Infinity: a duration must be a finite number.
  durationMs: v.nullable(v.pipe(v.number(), v.finite())),
});

export const ErrorLogSchema = v.object({
  id,
  scanId: id,
  jobId: v.nullable(id),
  at: isoTime,
  code: nullableText,
  message: v.pipe(v.string(), v.maxLength(100_000)),
  detail: v.nullable(v.pipe(v.string(), v.maxLength(100_000))),
});

export const IntegrationSchema = v.object({
  id,
  provider: text,
  name: text,
  createdAt: isoTime,
  lastAuthStatus: text,
});

/**
 * One entry of `GET /scans/-/details`: a scan's jobs and error logs, with the ETags its per-scan
 * resources carry (tolerated when absent: the details are then revalidated in full next time).
 */
export const ScanDetailsSchema = v.object({
  scanId: id,
  jobs: v.array(JobSchema),
  errors: v.array(ErrorLogSchema),
  jobsEtag: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(1_000))), null),
  errorsEtag: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(1_000))), null),
});

/** A list response: `{ data: [...], nextCursor }` (nextCursor only on paginated lists). */
export function listEnvelope<T extends v.GenericSchema>(item: T) {
  return v.object({ data: v.array(item), nextCursor: v.optional(v.nullable(v.string()), null) });
}

/** A single-object response: `{ data: {...} }`. */
export function itemEnvelope<T extends v.GenericSchema>(item: T) {
  return v.object({ data: item });
}
