import { describe, expect, it } from 'vitest';
import { aggregateScanStatus, type ScanStatus } from '../../core/index.ts';
import { parseDocument } from './parse-document.ts';
import { ProviderResource, ScanResource } from './schemas.ts';
import { prowlerScanToJobs, prowlerScanToScan, scanChangedAt } from './map-scan.ts';
import { awsProvider, scanResource, scansByCase } from './fixtures/prowler-documents.ts';

const parseScan = (fixture: unknown) => parseDocument(ScanResource, fixture, 'scan');

function statusOf(fixture: unknown): { status: ScanStatus; reason?: string } {
  const scan = parseScan(fixture);
  return aggregateScanStatus(prowlerScanToScan(scan, null), prowlerScanToJobs(scan, null));
}

describe('Prowler scan state → ScanSight status (through the core)', () => {
  it.each<[keyof typeof scansByCase, string, string | null, ScanStatus]>([
    ['available', 'created', null, 'not_started'],
    ['scheduled', 'created', null, 'not_started'],
    ['availableQueued', 'submitted', 'queued', 'running'],
    ['executing', 'submitted', 'running', 'running'],
    ['completed', 'submitted', 'succeeded', 'completed'],
    ['failed', 'submitted', 'failed', 'failed'],
    ['failedAuth', 'submitted', 'failed', 'failed'],
    ['failedNoTask', 'submission_failed', null, 'submission_error'],
    ['cancelled', 'stopped', 'stopped', 'stopped'],
  ])('%s → lifecycle %s, job %s → %s', (key, lifecycle, job, status) => {
    const scan = parseScan(scansByCase[key]);
    const mapped = prowlerScanToScan(scan, null);
    const jobs = prowlerScanToJobs(scan, null);
    expect(mapped.lifecycle).toBe(lifecycle);
    expect(jobs.map((j) => j.status)).toEqual(job === null ? [] : [job]);
    expect(mapped.jobCount).toBe(jobs.length);
    expect(statusOf(scansByCase[key]).status).toBe(status);
  });

  it('passes an unknown state through, and the core explains it instead of crashing', () => {
    const result = statusOf(scansByCase.unknownState);
    expect(prowlerScanToScan(parseScan(scansByCase.unknownState), null).lifecycle).toBe('paused');
    expect(result.reason).toMatch(/paused/);
  });

  it('an unknown state without a task has no job and is not started', () => {
    expect(statusOf(scanResource({ id: 's', state: 'frozen', taskId: null })).status).toBe('not_started');
  });
});

describe('prowlerScanToScan', () => {
  it('maps ids, times and the provider as project and integration', () => {
    const scan = prowlerScanToScan(parseScan(scansByCase.completed), 'https://prowler.example');
    expect(scan).toEqual({
      id: scansByCase.completed.id,
      projectId: awsProvider.id,
      name: 'Daily posture',
      kind: 'cspm',
      lifecycle: 'submitted',
      createdAt: '2025-03-02T10:00:00.000000Z',
      updatedAt: '2025-03-02T10:12:05.500000Z',
      submittedAt: '2025-03-02T10:00:00.000000Z',
      startedAt: '2025-03-02T10:00:05.000000Z',
      finishedAt: '2025-03-02T10:12:05.500000Z',
      integrationId: awsProvider.id,
      jobCount: 1,
      dashboardUrl: 'https://prowler.example/scans',
      submissionError: null,
    });
  });

  it('names an unnamed scan by its trigger', () => {
    expect(prowlerScanToScan(parseScan(scansByCase.scheduled), null).name).toBe('Scheduled scan');
  });

  it('explains a scan that failed before a task existed', () => {
    expect(prowlerScanToScan(parseScan(scansByCase.failedNoTask), null).submissionError).toMatch(/before a task/);
  });

  it('updatedAt is the latest timestamp, ignoring one that is before the insert (bad data)', () => {
    const scan = parseScan(scanResource({ id: 's', state: 'completed', taskId: 't', startedAt: '2025-03-02T09:00:00Z', completedAt: '2025-03-02T08:00:00Z' }));
    expect(scanChangedAt(scan)).toBe('2025-03-02T10:00:00.000000Z');
  });
});

describe('prowlerScanToJobs', () => {
  it('makes the task the one job, named after the included provider, duration in ms', () => {
    const provider = parseDocument(ProviderResource, awsProvider, 'provider');
    const [job, ...rest] = prowlerScanToJobs(parseScan(scansByCase.completed), provider);
    expect(rest).toEqual([]);
    expect(job).toEqual({
      id: 'f0000000-0000-4000-8000-000000000005',
      scanId: scansByCase.completed.id,
      name: 'Prowler aws scan of production (123456789012)',
      target: { account: '123456789012', region: null, service: null },
      scanner: 'prowler',
      status: 'succeeded',
      attempt: 1,
      startedAt: '2025-03-02T10:00:05.000000Z',
      finishedAt: '2025-03-02T10:12:05.500000Z',
      durationMs: 720_000,
    });
  });

  it('gives an executing scan without a task a job id derived from the scan', () => {
    const jobs = prowlerScanToJobs(parseScan(scanResource({ id: 'scan-1', state: 'executing', taskId: null })), null);
    expect(jobs.map((j) => [j.id, j.status])).toEqual([['scan-1/task', 'running']]);
  });
});
