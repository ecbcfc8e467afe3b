/** Small, valid domain records for cache and background tests. */
import type { ErrorLog, Integration, Job, Project, Scan } from '../../core/index.ts';

export function project(id: string, over: Partial<Project> = {}): Project {
  return { id, name: `Project ${id}`, kind: 'cspm', integrationId: 'i-1', dashboardUrl: null, ...over };
}

export function scan(id: string, over: Partial<Scan> = {}): Scan {
  return {
    id, projectId: 'p-1', name: `Scan ${id}`, kind: 'cspm', lifecycle: 'submitted',
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:10:00.000Z',
    submittedAt: '2026-01-01T00:00:01.000Z', startedAt: '2026-01-01T00:00:02.000Z', finishedAt: '2026-01-01T00:10:00.000Z',
    integrationId: 'i-1', jobCount: 1, dashboardUrl: null, submissionError: null, ...over,
  };
}

export function job(id: string, scanId: string, over: Partial<Job> = {}): Job {
  return {
    id, scanId, name: `ec2 · ${id}`, target: { account: '123', region: 'eu-west-1', service: 'ec2' }, scanner: 'prowler',
    status: 'succeeded', attempt: 1, startedAt: '2026-01-01T00:00:02.000Z', finishedAt: '2026-01-01T00:01:00.000Z', durationMs: 58_000, ...over,
  };
}

export function errorLog(id: string, scanId: string, over: Partial<ErrorLog> = {}): ErrorLog {
  return { id, scanId, jobId: null, at: '2026-01-01T00:05:00.000Z', code: null, message: 'Temporary internal processing error', detail: null, ...over };
}

export function integration(id: string, over: Partial<Integration> = {}): Integration {
  return { id, provider: 'aws', name: `AWS ${id}`, createdAt: '2025-12-01T00:00:00.000Z', lastAuthStatus: 'ok', ...over };
}
