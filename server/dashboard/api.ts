/**
 * The dashboard's calls to its own API mount (/app/api/v1), authenticated by the session cookie the
 * server set when it served the page. Responses are the core's types as JSON.
 */
import type { ErrorLog, Integration, Job, Project, Scan } from '../../src/core/index.ts';

const BASE = '/app/api/v1';

/** An API failure with the API's error code. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<{ body: T; serverTime: number | null }> {
  const response = await fetch(BASE + path, { credentials: 'same-origin', ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  const serverTime = Date.parse(response.headers.get('x-server-time') ?? '');
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(response.status, body?.error?.code ?? 'error', body?.error?.message ?? `HTTP ${response.status}`);
  }
  const body = (response.status === 204 ? undefined : await response.json()) as T;
  return { body, serverTime: Number.isNaN(serverTime) ? null : serverTime };
}

export const fetchProjects = () => call<{ data: Project[] }>('/projects');
export const fetchIntegrations = () => call<{ data: Integration[] }>('/integrations');
export const fetchScanPage = (updatedSince: string | null, cursor: string | null) => {
  const query = new URLSearchParams({ limit: '500' });
  if (updatedSince) query.set('updatedSince', updatedSince);
  if (cursor) query.set('cursor', cursor);
  return call<{ data: Scan[]; nextCursor: string | null }>(`/scans?${query}`);
};
export const fetchJobs = (scanId: string) => call<{ data: Job[] }>(`/scans/${encodeURIComponent(scanId)}/jobs`);
export const fetchErrors = (scanId: string) => call<{ data: ErrorLog[] }>(`/scans/${encodeURIComponent(scanId)}/errors`);

/** Run / Re-run a project, optionally with another connector. */
export const runProject = (projectId: string, integrationId?: string) =>
  call<{ data: Scan }>(`/projects/${encodeURIComponent(projectId)}/scans`, { method: 'POST', body: JSON.stringify(integrationId ? { integrationId } : {}) });
export const stopScan = (scanId: string) => call<{ data: Scan }>(`/scans/${encodeURIComponent(scanId)}/stop`, { method: 'POST' });
export const createIntegration = (body: { provider: string; name: string; credentials: Record<string, string> }) =>
  call<{ data: Integration }>('/integrations', { method: 'POST', body: JSON.stringify(body) });
export const deleteIntegration = (id: string) => call<void>(`/integrations/${encodeURIComponent(id)}`, { method: 'DELETE' });
