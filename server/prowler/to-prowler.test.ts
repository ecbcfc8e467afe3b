import { describe, expect, it } from 'vitest';
import type { Job, Scan } from '../../src/core/index.ts';
import type { ScanRecord } from '../state.ts';
import { prowlerStateOf, scanResource, taskResource } from './to-prowler.ts';

function record(lifecycle: string, statuses: string[], errors: Array<{ code: string | null; message: string }> = []): ScanRecord {
  const scan: Scan = {
    id: 's-x-1', projectId: 'p-x', name: 'X #1', kind: 'cspm', lifecycle,
    createdAt: '2025-03-02T10:00:00.000Z', updatedAt: '2025-03-02T10:20:00.000Z', submittedAt: '2025-03-02T10:00:01.000Z',
    startedAt: '2025-03-02T10:00:05.000Z', finishedAt: '2025-03-02T10:20:00.000Z', integrationId: 'i-x', jobCount: statuses.length,
    dashboardUrl: null, submissionError: null,
  };
  const jobs = statuses.map((status, i): { job: Job; plan: null } => ({
    job: { id: `j-${i}`, scanId: scan.id, name: `job ${i}`, target: { account: null, region: null, service: null }, scanner: 'prowler', status, attempt: 1, startedAt: null, finishedAt: null, durationMs: null },
    plan: null,
  }));
  return { scan, jobs, errors: errors.map((e, i) => ({ id: `e-${i}`, scanId: scan.id, jobId: `j-${i}`, at: scan.updatedAt, detail: null, ...e })), plan: null };
}

describe('world scan → Prowler state', () => {
  it.each([
    ['created', [], 'available', false, 0],
    ['submitting', [], 'available', true, 0],
    ['submission_failed', [], 'failed', false, 0],
    ['submitted', [], 'failed', false, 0],
    ['submitted', ['succeeded', 'running', 'queued', 'failed'], 'executing', true, 50],
    ['submitted', ['succeeded', 'succeeded', 'skipped'], 'completed', true, 100],
    ['submitted', ['succeeded', 'failed', 'succeeded', 'succeeded'], 'failed', true, 75],
    ['submitted', ['failed', 'timed_out'], 'failed', true, 0],
    ['stopped', ['succeeded', 'stopped'], 'cancelled', true, 100],
    ['stopped', [], 'cancelled', false, 0],
  ])('%s with %j → %s (task %s, progress %i)', (lifecycle, statuses, state, hasTask, progress) => {
    expect(prowlerStateOf(record(lifecycle, statuses))).toEqual({ state, hasTask, progress });
  });

  it('a failed scan has a task whose result is Celery-shaped, from its error logs', () => {
    const failed = record('submitted', ['failed', 'failed'], [
      { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' },
      { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' },
    ]);
    expect(taskResource(failed).attributes).toMatchObject({
      state: 'failed',
      result: { exc_type: 'InvalidClientTokenId', exc_message: ['The security token included in the request is invalid.'], exc_module: 'prowler.lib.scan.scan' },
      task_args: { scan_id: 's-x-1' },
    });
    expect(scanResource(failed).relationships.task).toEqual({ data: { type: 'tasks', id: 'task-s-x-1' } });
  });

  it('times: duration in seconds from start to completion; no completion while executing', () => {
    expect(scanResource(record('submitted', ['succeeded'])).attributes).toMatchObject({ duration: 1195, completed_at: '2025-03-02T10:20:00.000Z' });
    expect(scanResource(record('submitted', ['running'])).attributes).toMatchObject({ duration: null, completed_at: null });
  });
});
