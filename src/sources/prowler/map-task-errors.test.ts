import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import { ProviderResource, ScanResource, TaskResource } from './schemas.ts';
import { connectionErrorLogs, taskErrorLogs } from './map-task-errors.ts';
import { awsProvider, disconnectedProvider, failedAuthTask, failedTask, scanResource, scansByCase, taskResource } from './fixtures/prowler-documents.ts';

const scan = (fixture: unknown) => parseDocument(ScanResource, fixture, 'scan');
const task = (fixture: unknown) => parseDocument(TaskResource, fixture, 'task');
const provider = (fixture: unknown) => parseDocument(ProviderResource, fixture, 'provider');

describe('taskErrorLogs', () => {
  it("turns a failed task's Celery exception into one log", () => {
    expect(taskErrorLogs(scan(scansByCase.failed), task(failedTask), 'job-1')).toEqual([
      {
        id: `${failedTask.id}/result`,
        scanId: scansByCase.failed.id,
        jobId: 'job-1',
        at: '2025-03-02T10:12:05.500000Z',
        code: 'ClientError',
        message: 'An error occurred (Throttling) when calling the DescribeInstances operation: Rate exceeded',
        detail: 'botocore.exceptions.ClientError',
      },
    ]);
  });

  it('joins several exc_message parts with newlines and stringifies non-strings', () => {
    const t = taskResource({ id: 't', state: 'failed', result: { exc_type: 'ProwlerException', exc_message: ['first', 1905, { region: 'eu-west-1' }], exc_module: null } });
    const [log] = taskErrorLogs(scan(scansByCase.failed), task(t), 'j');
    expect(log?.message).toBe('first\n1905\n{"region":"eu-west-1"}');
    expect(log?.detail).toBe('ProwlerException');
  });

  it('accepts exc_message as a plain string (older Celery)', () => {
    const t = taskResource({ id: 't', state: 'failed', result: { exc_type: 'TimeoutError', exc_message: 'timed out' } });
    expect(taskErrorLogs(scan(scansByCase.failed), task(t), 'j')[0]?.message).toBe('timed out');
  });

  it('keeps a result that is not an exception as text, and says so', () => {
    const t = taskResource({ id: 't', state: 'failed', result: { error: 'worker lost' } });
    const [log] = taskErrorLogs(scan(scansByCase.failed), task(t), 'j');
    expect(log).toMatchObject({ code: null, detail: '{"error":"worker lost"}' });
    expect(log?.message).toMatch(/no exception/);
  });

  it('a task that did not fail has no error logs', () => {
    expect(taskErrorLogs(scan(scansByCase.completed), task(taskResource({ id: 't', state: 'completed', result: { ok: true } })), 'j')).toEqual([]);
  });
});

describe('connectionErrorLogs', () => {
  it('a scan failed at progress 0 on a disconnected provider → an authentication-failed log', () => {
    const [log, ...rest] = connectionErrorLogs(scan(scansByCase.failedAuth), provider(disconnectedProvider), 'job-7');
    expect(rest).toEqual([]);
    expect(log).toMatchObject({ id: `${scansByCase.failedAuth.id}/connection`, jobId: 'job-7', code: 'provider_connection_failed', at: '2025-03-02T10:05:00.000000Z' });
    expect(log?.message).toMatch(/^Authentication failed: .*azure provider sub-finance/);
  });

  it.each([
    ['the provider is connected', scansByCase.failedAuth, awsProvider],
    ['the scan made progress', scansByCase.failed, disconnectedProvider],
    ['the scan did not fail', scanResource({ id: 's', state: 'completed', taskId: 't', progress: 0 }), disconnectedProvider],
  ])('no log when %s', (_label, s, p) => {
    expect(connectionErrorLogs(scan(s), provider(p), 'j')).toEqual([]);
  });

  it('no log without the provider', () => {
    expect(connectionErrorLogs(scan(scansByCase.failedAuth), null, 'j')).toEqual([]);
  });

  it('the failed auth task itself still maps to its own log', () => {
    expect(taskErrorLogs(scan(scansByCase.failedAuth), task(failedAuthTask), 'j')[0]?.code).toBe('AzureClientAuthenticationError');
  });
});
