/** The error logs this adapter writes must read right to the core's classifier (the chain users see). */
import { describe, expect, it } from 'vitest';
import { classifyError } from '../../core/index.ts';
import { parseDocument } from './parse-document.ts';
import { ProviderResource, ScanResource, TaskResource } from './schemas.ts';
import { connectionErrorLogs, taskErrorLogs } from './map-task-errors.ts';
import { disconnectedProvider, failedAuthTask, failedTask, scansByCase } from './fixtures/prowler-documents.ts';

const scan = (fixture: unknown) => parseDocument(ScanResource, fixture, 'scan');
const task = (fixture: unknown) => parseDocument(TaskResource, fixture, 'task');

describe('Prowler error logs → error kinds', () => {
  it('a disconnected provider is invalid credentials', () => {
    const [log] = connectionErrorLogs(scan(scansByCase.failedAuth), parseDocument(ProviderResource, disconnectedProvider, 'provider'), 'j');
    expect(classifyError({ message: log!.message, code: log!.code, provider: 'azure' }).kind).toBe('invalid_credentials');
  });

  it("an Azure secret error in the task's exception is invalid credentials", () => {
    const [log] = taskErrorLogs(scan(scansByCase.failedAuth), task(failedAuthTask), 'j');
    expect(classifyError({ message: log!.message, code: log!.code, provider: 'azure' }).kind).toBe('invalid_credentials');
  });

  it('AWS throttling in the exception is temporary, not a credential problem', () => {
    const [log] = taskErrorLogs(scan(scansByCase.failed), task(failedTask), 'j');
    expect(classifyError({ message: log!.message, code: log!.code, provider: 'aws' }).kind).toBe('temporary');
  });
});
