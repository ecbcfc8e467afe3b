/**
 * A failed Prowler scan's error logs: its task's Celery exception (`exc_type`, `exc_message[]`,
 * `exc_module`) becomes one log, and a provider whose connection check failed on a scan that failed
 * before any progress becomes an "authentication failed" log — the invalid-credentials case.
 */
import * as v from 'valibot';
import type { ErrorLog } from '../../core/index.ts';
import { TaskFailure, type ProviderResource, type ScanResource, type TaskResource } from './schemas.ts';
import { providerName } from './map-provider.ts';

const MAX_DETAIL = 2000;
/** Longest message kept from a task's exception: a long traceback's head is what explains it. */
export const MAX_MESSAGE = 20_000;

/** `text` cut to `max` characters, saying how much was left out. */
function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters not kept]`;
}

function asText(part: unknown): string {
  return typeof part === 'string' ? part : JSON.stringify(part) ?? String(part);
}

/** One log for the task's exception; none when the task did not fail. */
export function taskErrorLogs(scan: ScanResource, task: TaskResource, jobId: string): ErrorLog[] {
  if (task.attributes.state !== 'failed') return [];
  const at = task.attributes.completed_at ?? scan.attributes.completed_at ?? scan.attributes.inserted_at;
  const base = { id: `${task.id}/result`, scanId: scan.id, jobId, at };
  const failure = v.safeParse(TaskFailure, task.attributes.result);
  if (!failure.success) {
    // Not Celery's exception shape: keep what there is, as text, for support.
    const raw = task.attributes.result === null ? null : asText(task.attributes.result).slice(0, MAX_DETAIL);
    return [{ ...base, code: null, message: 'The scan task failed; Prowler App recorded no exception for it', detail: raw }];
  }
  const { exc_type, exc_message, exc_module } = failure.output;
  const parts = Array.isArray(exc_message) ? exc_message.slice(0, 100).map((part) => bounded(asText(part), MAX_MESSAGE)) : [exc_message];
  const message = bounded(parts.filter((part) => part.trim() !== '').join('\n'), MAX_MESSAGE) || exc_type;
  return [{ ...base, code: exc_type, message, detail: exc_module ? `${exc_module}.${exc_type}` : exc_type }];
}

/**
 * The invalid-credentials evidence Prowler gives without a task result: the scan failed at progress 0
 * and the provider's last connection check failed (`connection.connected === false`).
 */
export function connectionErrorLogs(scan: ScanResource, provider: ProviderResource | null, jobId: string | null): ErrorLog[] {
  const connection = provider?.attributes.connection;
  if (!provider || scan.attributes.state !== 'failed' || connection?.connected !== false) return [];
  if ((scan.attributes.progress ?? 0) > 0) return [];
  const checked = connection.last_checked_at ? ` (last checked ${connection.last_checked_at})` : '';
  return [
    {
      id: `${scan.id}/connection`,
      scanId: scan.id,
      jobId,
      at: connection.last_checked_at ?? scan.attributes.completed_at ?? scan.attributes.inserted_at,
      code: 'provider_connection_failed',
      message: `Authentication failed: Prowler App cannot connect to ${provider.attributes.provider} provider ${providerName(provider)} with its saved credentials${checked}`,
      detail: null,
    },
  ];
}
