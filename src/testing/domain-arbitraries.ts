/**
 * fast-check arbitraries for the scan API's domain records (src/core/types.ts) as a server might send
 * them: mostly valid, with hostile text, and a spoiler that breaks one field of a record in a way
 * the wire contract forbids.
 */
import fc from 'fast-check';
import type { ErrorLog, Integration, Job, Project, Scan } from '../core/index.ts';

/** Strings an API may legally send: any unicode, markup, control characters, lone surrogates. */
export const apiText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('<img src=x onerror=alert(1)>', '\u202Eevil', '\uD800', '\u0000', 'Bearer abcdefghijklmnopqrstuvwxyz'),
  );
/**
 * Ids a valid reply may carry (src/sources/safe-id.ts): letters, digits, `._:-`, never a dot segment.
 * At most 11 characters, so an id never equals a planted secret of the core fuzz (12 or more).
 */
export const apiId = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,10}$/),
  fc.constantFrom('s-1', 'p-1', 'j-1', 'constructor', 'toString', 'a0000000-0000-4000-8000-000000000001'),
);
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const iso = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.string({ maxLength: 64 }),
);
const status = (known: string[]) => fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 }));

export const projectArb: fc.Arbitrary<Project> = fc.record({
  id: apiId, name: apiText(), kind: status(['cspm', 'code']), integrationId: nullable(apiId), dashboardUrl: nullable(apiText()),
});

export const scanArb: fc.Arbitrary<Scan> = fc.record({
  id: apiId, projectId: apiId, name: apiText(), kind: status(['cspm', 'code']),
  lifecycle: status(['created', 'submitting', 'submitted', 'submission_failed', 'stopped']),
  createdAt: iso, updatedAt: iso, submittedAt: nullable(iso), startedAt: nullable(iso), finishedAt: nullable(iso),
  integrationId: nullable(apiId), jobCount: fc.nat(1000), dashboardUrl: nullable(apiText()), submissionError: nullable(apiText()),
});

export const jobArb: fc.Arbitrary<Job> = fc.record({
  id: apiId, scanId: apiId, name: apiText(),
  target: fc.record({ account: nullable(apiText(12)), region: nullable(apiText(12)), service: nullable(apiText(12)) }),
  scanner: apiText(12), status: status(['queued', 'running', 'succeeded', 'failed', 'timed_out', 'stopped', 'skipped']),
  attempt: fc.integer({ min: 1, max: 5 }), startedAt: nullable(iso), finishedAt: nullable(iso),
  durationMs: nullable(fc.oneof(fc.nat(), fc.double({ noNaN: true }))),
});

export const errorLogArb: fc.Arbitrary<ErrorLog> = fc.record({
  id: apiId, scanId: apiId, jobId: nullable(apiId), at: iso, code: nullable(apiText(20)), message: apiText(200), detail: nullable(apiText(200)),
});

export const integrationArb: fc.Arbitrary<Integration> = fc.record({
  id: apiId, provider: status(['aws', 'azure', 'gcp', 'kubernetes']), name: apiText(), createdAt: iso,
  lastAuthStatus: status(['ok', 'failed', 'unknown']),
});

/** Values that are never a legal value of any field (wrong type, or out of the contract's range). */
const illegal = fc.oneof(
  fc.constant(undefined), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]),
  fc.constant(''), fc.constant('x'.repeat(100_001)), fc.constant(-1), fc.constant(1.5), fc.constant(0),
  fc.constant('..'), fc.constant('../jobs'),
);

/** A record with one field replaced by a value its schema forbids, or removed; unknown keys added. */
export function spoiled<T extends object>(record: fc.Arbitrary<T>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(record, fc.nat(), illegal, fc.boolean()).map(([value, pick, bad, extraKey]) => {
    const copy = { ...value } as Record<string, unknown>;
    const keys = Object.keys(copy);
    const key = keys[pick % keys.length]!;
    if (bad === undefined) delete copy[key];
    else copy[key] = bad;
    if (extraKey) copy.injected = '<b>extra</b>';
    return copy;
  });
}
