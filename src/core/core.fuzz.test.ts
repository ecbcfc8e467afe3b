/**
 * Fuzzing the pure core on arbitrary inputs, well-formed and not: the functions that read API data
 * never throw, and their invariants hold (a status is one of seven, a badge fits in 4 characters,
 * transitions are unique, redaction is idempotent and removes what it promises to).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateScanStatus, badgeFor, BADGE_COLORS, classifyError, diffSnapshots, JOB_STATUSES, redactSecrets, SCAN_LIFECYCLES,
  SCAN_STATUSES, supportBundle, type ScanStatus, type SnapshotScan,
} from './index.ts';
import { checkProperty } from '../testing/check-property.ts';
import { errorLogArb, jobArb, projectArb, scanArb } from '../testing/domain-arbitraries.ts';

const KINDS = ['invalid_credentials', 'insufficient_permissions', 'temporary', 'configuration', 'unknown'];
const statusArb = fc.constantFrom(...SCAN_STATUSES);
/** Well-formed jobs, jobs with odd values, and things that are not jobs at all. */
const jobLike = fc.oneof(
  { arbitrary: jobArb, weight: 4 },
  fc.record({ id: fc.string({ maxLength: 3 }), status: fc.oneof(fc.constantFrom(...JOB_STATUSES), fc.string()), attempt: fc.oneof(fc.integer(), fc.double()) }),
  fc.anything(),
);

/** Secrets the redaction promises to remove, each planted inside arbitrary text. */
const secretArb = fc.oneof(
  fc.stringMatching(/^AKIA[A-Z0-9]{16}$/),
  fc.stringMatching(/^[A-Za-z0-9]{20,40}$/).map((s) => `Bearer ${s}`),
  fc.stringMatching(/^[A-Za-z0-9/+]{40}$/).map((s) => `aws_secret_access_key=${s}`),
  fc.stringMatching(/^[A-Za-z0-9]{12,30}$/).map((s) => `https://admin:${s}@db.example.com`),
  fc.stringMatching(/^gh[pousr]_[A-Za-z0-9]{36}$/),
);
/** The part of a planted secret that must not survive. */
const secretPart = (planted: string) => planted.replace(/^Bearer |^aws_secret_access_key=/, '').replace(/^https:\/\/admin:([^@]+)@.*$/, '$1');
/** Text around a secret that does not glue onto it (a separator on each side). */
const around = fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })).map(([a, b]) => [`${a} `, ` ${b}`] as const);

describe('the core, fuzzed', () => {
  it('aggregateScanStatus never throws and always names one of the seven statuses', async (ctx) => {
    const scanLike = fc.oneof(fc.record({ lifecycle: fc.oneof(fc.constantFrom(...SCAN_LIFECYCLES), fc.string()) }), fc.anything());
    const options = fc.record({ now: fc.oneof(fc.integer(), fc.double()), startedAt: fc.option(fc.string()), orphanAfterMs: fc.oneof(fc.nat(), fc.double()) }, { requiredKeys: [] });
    await checkProperty(ctx, 'core: aggregateScanStatus', fc.property(scanLike, fc.array(jobLike, { maxLength: 12 }), options, (scan, jobs, opts) => {
      const result = aggregateScanStatus(scan as { lifecycle: string }, jobs as never, opts as never);
      expect(SCAN_STATUSES).toContain(result.status);
      expect(result.failedSoFar).toBe(result.counts.failed);
      for (const n of Object.values(result.counts)) expect(Number.isInteger(n) && n >= 0).toBe(true);
      expect(result.counts.total).toBeLessThanOrEqual(jobs.length);
    }));
  });

  it('classifyError never throws and always answers one of the five kinds', async (ctx) => {
    const logArb = fc.oneof(
      fc.record({ message: fc.string({ maxLength: 300 }), code: fc.option(fc.string({ maxLength: 30 })), detail: fc.option(fc.string({ maxLength: 300 })), provider: fc.option(fc.string()) }),
      fc.record({ message: fc.constantFrom('AccessDenied', 'InvalidClientTokenId', 'AADSTS7000215', 'PERMISSION_DENIED', 'Throttling').chain((m) => fc.string().map((s) => `${s}${m}${s}`)) }),
      fc.anything(),
    );
    await checkProperty(ctx, 'core: classifyError', fc.property(logArb, (log) => {
      const c = classifyError(log as never);
      expect(KINDS).toContain(c.kind);
      expect(typeof c.evidence).toBe('string');
    }));
  });

  it('badgeFor never throws; its text is at most 4 characters and its colour one of the palette', async (ctx) => {
    const input = fc.record({
      connection: fc.oneof(fc.constantFrom('ok', 'not_configured', 'unauthorized', 'unreachable'), fc.string()),
      scans: fc.array(fc.record({ status: fc.oneof(statusArb, fc.string() as fc.Arbitrary<ScanStatus>), acknowledged: fc.boolean(), muted: fc.boolean() }), { maxLength: 300 }),
    });
    await checkProperty(ctx, 'core: badgeFor', fc.property(input, (i) => {
      const badge = badgeFor(i as never);
      expect(badge.text.length).toBeLessThanOrEqual(4);
      expect(Object.values(BADGE_COLORS)).toContain(badge.color);
      expect(typeof badge.title).toBe('string');
    }));
  });

  it('diffSnapshots never throws, takes a baseline silently, and never repeats a transition', async (ctx) => {
    const snap: fc.Arbitrary<SnapshotScan> = fc.record({
      scanId: fc.constantFrom('s1', 's2', 's3', 's4'), projectId: fc.constantFrom('p1', 'p2'), status: statusArb,
      createdAt: fc.oneof(fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z'), fc.string({ maxLength: 5 })),
    });
    // The notifier's snapshots hold each scan once (they are built from the cache, keyed by scan id).
    const snapshot = fc.uniqueArray(snap, { maxLength: 8, selector: (s) => s.scanId });
    await checkProperty(ctx, 'core: diffSnapshots', fc.property(fc.option(snapshot, { nil: null }), snapshot, (previous, next) => {
      const transitions = diffSnapshots(previous, next);
      if (previous === null) expect(transitions).toEqual([]);
      expect(new Set(transitions.map((t) => t.key)).size).toBe(transitions.length);
      for (const t of transitions) expect(next.map((s) => s.scanId)).toContain(t.scanId);
      // Seeing the same snapshot again is never news.
      expect(diffSnapshots(next, next)).toEqual([]);
    }));
  });

  it('redactSecrets never throws, is idempotent and removes every planted secret', async (ctx) => {
    await checkProperty(ctx, 'core: redactSecrets', fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), secretArb, around, (noise, secret, [before, after]) => {
      const text = `${before}${secret}${after}${noise}`;
      const once = redactSecrets(text);
      expect(redactSecrets(once)).toBe(once);
      expect(once).not.toContain(secretPart(secret));
    }));
  });

  it('supportBundle never throws on arbitrary records and never carries a planted secret', async (ctx) => {
    const input = fc.record({
      project: fc.option(projectArb, { nil: null }), scan: scanArb, status: statusArb,
      jobs: fc.array(jobArb, { maxLength: 5 }), errors: fc.array(errorLogArb, { maxLength: 5 }), secret: secretArb, around,
      where: fc.constantFrom('message', 'detail', 'submissionError', 'code'),
    });
    await checkProperty(ctx, 'core: supportBundle', fc.property(input, ({ project, scan, status, jobs, errors, secret, around: [a, b], where }) => {
      const planted = `${a}${secret}${b}`;
      const logs = errors.length > 0 ? errors : [{ id: 'e', scanId: scan.id, jobId: null, at: '', code: null, message: '', detail: null }];
      const withSecret = where === 'submissionError' ? { ...scan, submissionError: planted } : scan;
      const logsWithSecret = where === 'submissionError' ? logs : logs.map((e, i) => (i === 0 ? { ...e, [where]: planted } : e));
      const bundle = supportBundle({ project, scan: withSecret, status, jobs, errors: logsWithSecret, generatedAt: '2026-03-01T00:00:00Z' });
      expect(typeof bundle).toBe('string');
      expect(bundle).not.toContain(secretPart(secret));
    }));
  });
});
