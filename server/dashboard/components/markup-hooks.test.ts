// @vitest-environment happy-dom
/** The dashboard's markup carries the hooks docs/dashboard-markup.md promises the overlay. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import type { ErrorLog, Job, Project, Scan } from '../../../src/core/index.ts';
import { ProjectRow } from './project-row.tsx';
import { HistoryRow } from './history-row.tsx';
import { ErrorPanel } from './error-panel.tsx';

const project: Project = { id: 'p-aws-prod', name: '<img src=x onerror=alert(1)>', kind: 'cspm', integrationId: 'i-1', dashboardUrl: null };
const scan: Scan = {
  id: 's-123', projectId: 'p-aws-prod', name: 'Prod #3', kind: 'cspm', lifecycle: 'submitted',
  createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:12:04.000Z', submittedAt: '2026-11-22T08:00:00.000Z',
  startedAt: '2026-11-22T08:00:02.000Z', finishedAt: '2026-11-22T08:12:04.000Z', integrationId: 'i-1', jobCount: 2, dashboardUrl: null, submissionError: null,
};
const job = (id: string, status: string): Job => ({
  id, scanId: 's-123', name: `ec2 · ${id}`, target: { account: '1', region: 'eu-west-1', service: 'ec2' }, scanner: 'prowler',
  status, attempt: 1, startedAt: '2026-11-22T08:00:02.000Z', finishedAt: '2026-11-22T08:00:43.000Z', durationMs: 41_000,
});
const jobs = [job('j-1', 'failed'), job('j-2', 'succeeded')];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Projects row', () => {
  it('has the row, link, status and (expanded) job hooks, with API text as text', () => {
    const { container } = render(h(ProjectRow, { project, scan, jobs, expanded: true, onToggle: () => {}, now: 0 }));
    const row = container.querySelector('.accordion-item[data-project-id="p-aws-prod"][data-scan-id="s-123"]')!;
    expect(row).not.toBeNull();
    const link = row.querySelector('a[href^="/app/projects/"]')!;
    expect(link.getAttribute('href')).toBe('/app/projects/p-aws-prod/history');
    expect(link.textContent).toBe(project.name);
    expect(container.querySelector('img')).toBeNull();
    const status = row.querySelector('.accordion-header .scan-status')!;
    expect(status.getAttribute('data-status')).toBe('partially_completed');
    expect(status.getAttribute('title')).toBe('Partially Completed: at least one job succeeded and at least one failed');
    const rows = row.querySelectorAll('.accordion-body table.jobs tr[data-job-id]');
    expect([...rows].map((r) => `${r.getAttribute('data-job-id')}/${r.getAttribute('data-scan-id')}`)).toEqual(['j-1/s-123', 'j-2/s-123']);
    expect(row.querySelector('button[data-action=rerun]')).not.toBeNull();
  });

  it('has no accordion body while collapsed, and no data-scan-id for a project never run', () => {
    const { container } = render(h(ProjectRow, { project, scan: undefined, jobs: undefined, expanded: false, onToggle: () => {}, now: 0 }));
    const row = container.querySelector('.accordion-item')!;
    expect(row.hasAttribute('data-scan-id')).toBe(false);
    expect(row.querySelector('.accordion-body')).toBeNull();
  });

  it('shows Stop and a progress bar while running', () => {
    const running = { ...scan, finishedAt: null };
    const { container } = render(h(ProjectRow, { project, scan: running, jobs: [job('j-1', 'running'), job('j-2', 'succeeded')], expanded: false, onToggle: () => {}, now: 0 }));
    expect(container.querySelector('.scan-status[data-status=running] [role=progressbar]')).not.toBeNull();
    expect(container.querySelector('button[data-action=stop]')).not.toBeNull();
  });
});

describe('History row and error panel', () => {
  it('opens Error from the three-dot menu', async () => {
    const onShowErrors = vi.fn();
    const table = document.createElement('table');
    const tbody = table.appendChild(document.createElement('tbody'));
    document.body.appendChild(table);
    render(h(HistoryRow, { scan, jobs, connector: 'aws-prod', now: 0, onShowErrors }), { container: tbody });
    const tr = table.querySelector('tr[data-scan-id="s-123"]')!;
    const menuButton = tr.querySelector('button.row-menu[aria-haspopup=menu]')!;
    fireEvent.click(menuButton);
    const item = await waitFor(() => tr.querySelector('[role=menuitem][data-action=error]')!);
    fireEvent.click(item);
    expect(onShowErrors).toHaveBeenCalledOnce();
  });

  it('lists expandable error entries with their ids', async () => {
    const errors: ErrorLog[] = [
      { id: 'e-9', scanId: 's-123', jobId: 'j-1', at: '2026-11-22T08:00:43.000Z', code: 'InvalidClientTokenId', message: '<script>alert(1)</script>', detail: 'trace' },
      { id: 'e-10', scanId: 's-123', jobId: null, at: '2026-11-22T08:00:44.000Z', code: null, message: 'scan-level', detail: null },
    ];
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ data: errors }), { headers: { 'content-type': 'application/json' } })));
    const { container } = render(h(ErrorPanel, { scanId: 's-123', scanName: 'Prod #3', updatedAt: scan.updatedAt, jobs, onClose: () => {} }));
    const panel = container.querySelector('[role=dialog].error-panel[data-scan-id="s-123"]')!;
    await waitFor(() => expect(panel.querySelectorAll('.error-entry')).toHaveLength(2));
    expect(panel.querySelector('.error-entry[data-error-id="e-9"]')!.getAttribute('data-job-id')).toBe('j-1');
    expect(panel.querySelector('.error-entry[data-error-id="e-10"]')!.getAttribute('data-job-id')).toBe('');
    expect(panel.querySelector('script')).toBeNull();
    const toggle = panel.querySelector('.error-entry[data-error-id="e-9"] .error-toggle')!;
    fireEvent.click(toggle);
    await waitFor(() => expect(panel.querySelector('.error-detail')?.textContent).toBe('trace'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });
});
