import { describe, expect, it } from 'vitest';
import { aggregateScanStatus, type ScanStatus } from '../../src/core/index.ts';
import { createWorld } from '../world.ts';
import { createSimClock } from '../sim-clock.ts';
import { jobsOf, errorsOf, type World } from '../state.ts';
import { startRun } from '../simulation/start-run.ts';
import { SEED_SCENARIOS } from './seed-scenarios.ts';

const NOW = Date.parse('2026-11-22T08:00:00Z');
const worldOf = (scenario: string) => createWorld({ scenario, clock: createSimClock(0, NOW), origin: 'http://127.0.0.1:1' });

function statusOf(world: World, scanId: string): ScanStatus {
  const record = world.state.scans.get(scanId);
  if (!record) throw new Error(`no scan ${scanId}`);
  return aggregateScanStatus(record.scan, jobsOf(record).map((j) => j.job)).status;
}

function statuses(world: World, projectId: string): ScanStatus[] {
  return world.state.projects.get(projectId)!.scanIds.map((id) => statusOf(world, id));
}

describe('seed scenarios, each loaded alone, aggregate through the core', () => {
  it.each<[string, ScanStatus[]]>([
    ['partial-36', ['partially_completed']],
    ['invalid-credentials', ['failed']],
    ['submission-error', ['submission_error']],
    ['not-started', ['not_started']],
    ['stopped', ['stopped']],
    ['running', ['running']],
    ['temporary-then-success', ['failed']],
    ['repeated-failures', ['failed', 'failed', 'failed']],
    ['recreated-integration-still-failing', ['failed', 'failed']],
    ['permission-errors', ['partially_completed']],
  ])('%s → %j', (name, expected) => {
    const world = worldOf(name);
    expect([...world.state.projects.keys()]).toEqual([`p-${name}`]);
    expect(statuses(world, `p-${name}`)).toEqual(expected);
    expect(world.state.projects.get(`p-${name}`)!.scanIds[0]).toBe(`s-${name}-1`);
  });

  it('partial-36: 36 parallel jobs, exactly one failed, with one error log', () => {
    const record = worldOf('partial-36').state.scans.get('s-partial-36-1')!;
    const jobs = jobsOf(record).map((j) => j.job);
    expect(jobs).toHaveLength(36);
    expect(jobs.filter((j) => j.status === 'failed')).toHaveLength(1);
    expect(errorsOf(record)).toHaveLength(1);
    // Parallel: every job started before the first one finished.
    const firstEnd = Math.min(...jobs.map((j) => Date.parse(j.finishedAt!)));
    expect(jobs.every((j) => Date.parse(j.startedAt!) < firstEnd)).toBe(true);
  });

  it('invalid-credentials: every job fails with AWS InvalidClientTokenId', () => {
    const errors = errorsOf(worldOf('invalid-credentials').state.scans.get('s-invalid-credentials-1')!);
    expect(errors).toHaveLength(36);
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['InvalidClientTokenId']));
  });

  it('permission-errors: AccessDenied on Security Hub everywhere and EC2 in one region only', () => {
    const errors = errorsOf(worldOf('permission-errors').state.scans.get('s-permission-errors-1')!);
    expect(errors.map((e) => e.code).sort()).toEqual([...Array(6).fill('AccessDeniedException'), 'UnauthorizedOperation']);
  });

  it('recreated-integration-still-failing: the second run used the new connector, which fails with AADSTS7000215', () => {
    const world = worldOf('recreated-integration-still-failing');
    const second = world.state.scans.get('s-recreated-integration-still-failing-2')!;
    expect(second.scan.integrationId).toBe('i-recreated-integration-still-failing-2');
    expect(errorsOf(second)[0]!.code).toBe('AADSTS7000215');
    expect(world.state.integrations.has('i-recreated-integration-still-failing-1')).toBe(false);
  });

  it('temporary-then-success: the re-run completes', () => {
    const world = worldOf('temporary-then-success');
    startRun(world.state, 'p-temporary-then-success', { at: world.clock.now() });
    world.clock.advance(60 * 60_000);
    world.sync();
    expect(statuses(world, 'p-temporary-then-success')).toEqual(['failed', 'completed']);
  });

  it('running: finishes on its own as the clock advances', () => {
    const world = worldOf('running');
    const jobs = jobsOf(world.state.scans.get('s-running-1')!).map((j) => j.job.status);
    expect(jobs).toContain('succeeded');
    expect(jobs).toContain('running');
    world.clock.advance(2 * 60 * 60_000);
    world.sync();
    expect(statusOf(world, 's-running-1')).toBe('completed');
    expect(world.state.active.size).toBe(0);
  });

  it('loads the same ids on every load', () => {
    const ids = (w: World) => [...w.state.scans.values()].flatMap((r) => [r.scan.id, ...jobsOf(r).map((j) => j.job.id), ...errorsOf(r).map((e) => e.id)]);
    expect(ids(worldOf('seed'))).toEqual(ids(worldOf('seed')));
  });
});

describe('combined scenarios', () => {
  it('seed holds one project per seed scenario', () => {
    const world = worldOf('seed');
    expect([...world.state.projects.keys()].sort()).toEqual(Object.keys(SEED_SCENARIOS).map((n) => `p-${n}`).sort());
  });

  it('lively starts and finishes scans on its own', () => {
    const world = worldOf('lively');
    const before = world.state.scans.size;
    world.clock.advance(10 * 60_000);
    world.sync();
    const lively = world.state.projects.get('p-lively-web')!;
    expect(world.state.scans.size).toBeGreaterThan(before + 5);
    const finished = lively.scanIds.slice(4).map((id) => statusOf(world, id)).filter((s) => s !== 'running');
    expect(finished.length).toBeGreaterThan(2);
  });

  it('large holds 1,000 projects × 10 scans and builds 36 jobs per scan on demand', () => {
    const world = worldOf('large');
    expect(world.state.projects.size).toBe(1_000);
    expect(world.state.scans.size).toBe(10_000);
    const record = world.state.scans.get('s-large-0001-1')!;
    expect(record.jobs).toBeNull();
    const expected = record.scan.jobCount;
    expect(jobsOf(record)).toHaveLength(expected);
    expect([0, 36]).toContain(expected);
  });
});
