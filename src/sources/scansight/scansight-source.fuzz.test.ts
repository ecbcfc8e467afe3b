/**
 * Fuzzing the ScanSight adapter: whatever a server answers — any status, Retry-After, poll hint and
 * body, a dropped connection or no answer — a request ends in valid domain data or a SourceError.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ScanSource } from '../scan-source.ts';
import { SourceError } from '../scan-source.ts';
import { parsePollInterval, parseRetryAfter } from '../retry-after.ts';
import { createScanSightSource } from './scansight-source.ts';
import { checkProperty } from '../../testing/check-property.ts';
import { apiId, errorLogArb, integrationArb, jobArb, projectArb, scanArb, spoiled } from '../../testing/domain-arbitraries.ts';
import { allValid, isErrorLog, isIntegration, isJob, isProject, isScan } from '../../testing/domain-validity.ts';
import { fakeFetch, replyArb, retryAfterArb, pollIntervalArb, type FakeReply } from '../../testing/fake-replies.ts';
import { startTinyServer, type TinyServer } from '../test/tiny-server.ts';

const API = 'https://api.example.test/base/';
const TOKEN = 'fuzz-token-3f9a';
const CODES = new Set(['unauthorized', 'forbidden', 'not_found', 'rate_limited', 'unavailable', 'server_error', 'invalid_response', 'timeout', 'network', 'bad_request']);

type Call = 'listProjects' | 'listScans' | 'listJobs' | 'listErrors' | 'listIntegrations' | 'runProject' | 'stopScan';

const items = <T extends object>(a: fc.Arbitrary<T>) => fc.array(fc.oneof({ arbitrary: a, weight: 5 }, spoiled(a)), { maxLength: 4 });
const cursor = fc.oneof(fc.constant(null), fc.string({ maxLength: 10 }), fc.constant(undefined), fc.integer());
/** A plausible body for each call: an envelope of (mostly valid) records. */
const BODIES: Record<Call, fc.Arbitrary<unknown>> = {
  listProjects: items(projectArb).map((data) => ({ data })),
  listScans: fc.tuple(items(scanArb), cursor).map(([data, nextCursor]) => ({ data, nextCursor })),
  listJobs: items(jobArb).map((data) => ({ data })),
  listErrors: items(errorLogArb).map((data) => ({ data })),
  listIntegrations: items(integrationArb).map((data) => ({ data })),
  runProject: fc.oneof(scanArb, spoiled(scanArb)).map((data) => ({ data })),
  stopScan: fc.oneof(scanArb, spoiled(scanArb)).map((data) => ({ data })),
};
const VALID: Record<Exclude<Call, 'stopScan' | 'runProject'>, (v: unknown) => boolean> = {
  listProjects: isProject, listJobs: isJob, listErrors: isErrorLog, listIntegrations: isIntegration, listScans: isScan,
};
const CALLS = Object.keys(BODIES) as Call[];

function invoke(source: ScanSource, call: Call, arg: string): Promise<unknown> {
  switch (call) {
    case 'listScans': return source.listScans({ updatedSince: arg, cursor: null, limit: 100 });
    case 'listJobs': return source.listJobs(arg);
    case 'listErrors': return source.listErrors(arg);
    case 'runProject': return source.runProject(arg);
    case 'stopScan': return source.stopScan(arg);
    default: return source[call]();
  }
}

/** The adapter's contract for one outcome; returns why it broke it, or null. */
function contractBreach(call: Call, status: number | null, outcome: { ok: true; value: unknown } | { ok: false; error: unknown }): string | null {
  if (!outcome.ok) {
    const e = outcome.error;
    if (!(e instanceof SourceError)) return `threw a non-SourceError: ${String(e)}`;
    if (!CODES.has(e.code) || typeof e.message !== 'string') return `bad SourceError ${e.code}`;
    const { retryAfterMs, pollIntervalMs } = e.details;
    if (retryAfterMs !== undefined && !(Number.isFinite(retryAfterMs) && retryAfterMs >= 0)) return `retryAfterMs ${retryAfterMs}`;
    if (pollIntervalMs !== undefined && !(Number.isFinite(pollIntervalMs) && pollIntervalMs > 0)) return `pollIntervalMs ${pollIntervalMs}`;
    return null;
  }
  const value = outcome.value as { status?: string; data?: unknown } | undefined;
  if (call === 'stopScan') return value === undefined ? null : 'stopScan resolved with a value';
  if (call === 'runProject') return isScan(value) ? null : 'runProject resolved with an invalid scan';
  if (value?.status === 'not_modified') return status === 304 ? null : `not_modified for HTTP ${status}`;
  if (value?.status !== 'ok') return 'resolved with neither ok nor not_modified';
  if (call === 'listScans') {
    const page = value.data as { scans: unknown; nextCursor: unknown };
    if (!(page.nextCursor === null || typeof page.nextCursor === 'string')) return 'nextCursor is not a string or null';
    return allValid(page.scans, isScan) ? null : 'invalid scan returned';
  }
  return allValid(value.data, VALID[call]) ? null : 'invalid record returned';
}

async function outcomeOf(p: Promise<unknown>) {
  try {
    return { ok: true as const, value: await p };
  } catch (error) {
    return { ok: false as const, error };
  }
}

const caseArb = fc.constantFrom(...CALLS).chain((call) => fc.record({ call: fc.constant(call), reply: replyArb(BODIES[call]), arg: fc.oneof(apiId, fc.string({ maxLength: 12 })) }));

describe('the ScanSight adapter, fuzzed', () => {
  it('every request ends in valid data or a SourceError, whatever the status, headers and body', async (ctx) => {
    await checkProperty(ctx, 'source adapter: arbitrary replies (fake fetch)', fc.asyncProperty(caseArb, async ({ call, reply, arg }) => {
      const log: Array<{ url: string; headers: Headers }> = [];
      const source = createScanSightSource({ apiUrl: API, token: TOKEN, fetch: fakeFetch(reply, log), timeoutMs: 5 });
      const outcome = await outcomeOf(invoke(source, call, arg));
      const breach = contractBreach(call, reply.kind === 'response' ? reply.status : null, outcome);
      if (breach) throw new Error(breach);
      // The token went nowhere but the API origin, and only in the Authorization header.
      for (const request of log) {
        expect(new URL(request.url).origin).toBe(new URL(API).origin);
        expect(request.url).not.toContain(TOKEN);
        expect(request.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
      }
    }));
  });

  it('accepts every valid reply: a 200 with a well-formed envelope always resolves with its records', async (ctx) => {
    const validBodies = {
      listProjects: fc.array(projectArb, { maxLength: 4 }), listJobs: fc.array(jobArb, { maxLength: 4 }),
      listErrors: fc.array(errorLogArb, { maxLength: 4 }), listIntegrations: fc.array(integrationArb, { maxLength: 4 }),
    } as const;
    const call = fc.constantFrom(...(Object.keys(validBodies) as Array<keyof typeof validBodies>));
    await checkProperty(ctx, 'source adapter: valid replies accepted', fc.asyncProperty(call.chain((c) => fc.tuple(fc.constant(c), validBodies[c] as fc.Arbitrary<unknown[]>)), async ([c, data]) => {
      const reply: FakeReply = { kind: 'response', status: 200, headers: { ETag: '"e1"' }, body: JSON.stringify({ data }), breakStream: false };
      const source = createScanSightSource({ apiUrl: API, token: TOKEN, fetch: fakeFetch(reply) });
      const result = (await invoke(source, c, 's-1')) as { status: string; data: unknown[] };
      expect(result.status).toBe('ok');
      expect(result.data).toEqual(JSON.parse(JSON.stringify(data)));
    }));
  });

  it('Retry-After and X-Poll-Interval values never give a negative, NaN, infinite or unbounded delay', async (ctx) => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    await checkProperty(ctx, 'source adapter: Retry-After / X-Poll-Interval', fc.property(retryAfterArb, pollIntervalArb, (retryAfter, poll) => {
      const ra = parseRetryAfter(retryAfter, now);
      const pi = parsePollInterval(poll);
      const DAY = 24 * 60 * 60_000;
      if (ra !== undefined && !(Number.isFinite(ra) && ra >= 0 && ra <= DAY)) throw new Error(`Retry-After ${JSON.stringify(retryAfter)} → ${ra}`);
      if (pi !== undefined && !(Number.isFinite(pi) && pi > 0 && pi <= DAY)) throw new Error(`X-Poll-Interval ${JSON.stringify(poll)} → ${pi}`);
    }));
  });
});

describe('the ScanSight adapter over real HTTP on 127.0.0.1', () => {
  let next: { status: number; body: Uint8Array; retryAfter: string } = { status: 200, body: new Uint8Array(), retryAfter: '1' };
  let server: TinyServer;
  beforeAll(async () => {
    server = await startTinyServer((_req, res) => {
      res.writeHead(next.status, { 'Content-Type': 'application/json', 'Retry-After': next.retryAfter });
      res.end(next.status === 204 || next.status === 304 ? undefined : next.body);
    });
  });
  afterAll(() => server.close());

  it('arbitrary bytes and status codes give valid data or a SourceError', async (ctx) => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.oneof(fc.array(projectArb, { maxLength: 3 }), fc.array(spoiled(projectArb), { maxLength: 2 })).map((data) => new TextEncoder().encode(JSON.stringify({ data }))),
    );
    const retry = retryAfterArb.filter((s) => /^[\x20-\x7e]*$/.test(s));
    await checkProperty(ctx, 'source adapter: arbitrary bytes over HTTP', fc.asyncProperty(fc.integer({ min: 200, max: 599 }), bytes, retry, async (status, body, retryAfter) => {
      next = { status, body, retryAfter };
      const source = createScanSightSource({ apiUrl: server.url, token: TOKEN });
      const breach = contractBreach('listProjects', status, await outcomeOf(source.listProjects()));
      if (breach) throw new Error(breach);
    }));
  });
});
