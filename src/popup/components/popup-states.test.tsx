// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SCAN_STATUSES } from '../../core/scan-statuses.ts';
import { statusLabel } from '../../core/index.ts';
import { broadcast, callsOf, fake, resetFakes } from '../testing/fake-platform.ts';
import { makeRow, makeState, rowPerStatus } from '../testing/fixtures.ts';
import { formatClock } from '../format-time.ts';
import { FIRST_LIST_PAINT, Popup } from './popup.tsx';

vi.mock('../../platform/send-message.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/on-broadcast.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/local-prefs.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/i18n.ts', () => import('../testing/fake-i18n.ts'));

/** Renders the popup and waits until its first load and sync have been asked for. */
async function openPopup() {
  const view = render(<Popup />);
  await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
  return view;
}

beforeEach(() => resetFakes());
afterEach(cleanup);

describe('popup: the seven statuses', () => {
  it.each(SCAN_STATUSES)('shows %s with its icon and the product label', async (status) => {
    resetFakes(makeState({ rows: [makeRow({ scanId: 'only', status, jobsDone: 1, jobCount: 4 })] }));
    const { container } = await openPopup();
    const row = container.querySelector<HTMLElement>('[data-scan-id="only"]')!;
    expect(row.dataset.status).toBe(status);
    const badge = row.querySelector('.status-badge')!;
    expect(badge.textContent).toBe(statusLabel(status));
    expect(badge.querySelector('svg')).not.toBeNull();
    expect(badge.classList.contains(`status--${status}`)).toBe(true);
  });

  it('shows progress and early failures of a running scan', async () => {
    resetFakes(makeState({ rows: [makeRow({ status: 'running', jobsDone: 3, jobCount: 10, failedSoFar: 2, durationMs: null, finishedAt: null })] }));
    await openPopup();
    expect(screen.getByText('3 of 10 jobs')).toBeTruthy();
    expect(screen.getByText('2 failed so far')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
  });

  it('counts scans per status in the header and says when it last synced', async () => {
    resetFakes(makeState({ rows: [...rowPerStatus(['failed', 'completed']), makeRow({ scanId: 'c2', status: 'completed' })] }));
    const { container } = await openPopup();
    expect(container.querySelector('[data-count-status="completed"]')!.textContent).toContain('2');
    expect(container.querySelector('[data-count-status="failed"]')!.textContent).toBe('1 Failed');
    expect(container.querySelector('[data-count-status="running"]')).toBeNull();
    expect(container.querySelector('[data-synced]')!.textContent).toBe('Synced 2 min ago');
  });
});

describe('popup: empty, onboarding and error states', () => {
  it('says there are no scans yet when connected with an empty cache', async () => {
    const { container } = await openPopup();
    expect(container.querySelector('[data-empty="no-scans"]')).not.toBeNull();
    expect(container.querySelector('[data-banner]')).toBeNull();
  });

  it('onboards when not configured, with a button to the options page', async () => {
    resetFakes(makeState({ configured: false, connection: 'not_configured', lastSuccessAt: null }));
    const { container } = await openPopup();
    expect(container.querySelector('[data-banner="not-configured"]')).not.toBeNull();
    expect(container.querySelector('[data-empty="onboarding"]')).not.toBeNull();
    expect(screen.getByText('Not synced yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(callsOf('open/options')).toHaveLength(1);
  });

  it('keeps cached scans visible, marked stale, when the token is rejected', async () => {
    resetFakes(makeState({ connection: 'unauthorized', rows: rowPerStatus(['failed']) }));
    const { container } = await openPopup();
    expect(container.querySelector('[data-banner="unauthorized"]')!.textContent).toContain('rejected the token');
    expect(container.querySelector('[data-scan-id="s-failed"]')).not.toBeNull();
    expect(screen.getByRole('treegrid').dataset.stale).toBe('true');
  });

  it('keeps cached scans visible, marked stale, when the API is unreachable', async () => {
    resetFakes(makeState({ connection: 'unreachable', lastError: { code: 'network', message: 'fetch failed: ECONNREFUSED', at: '' }, rows: rowPerStatus(['completed']) }));
    const { container } = await openPopup();
    const banner = container.querySelector('[data-banner="unreachable"]')!;
    expect(banner.textContent).toContain("Can't reach the scan API");
    expect(banner.textContent).toContain('ECONNREFUSED');
    expect(container.querySelector('[data-synced]')!.textContent).toContain('(stale)');
    expect(screen.getByRole('treegrid', { name: 'Scans (cached, may be out of date)' })).toBeTruthy();
    expect(banner.querySelector('[data-retry-at]')).toBeNull();
  });

  it('says when it tries again while the API is unreachable', async () => {
    const retryAt = Date.parse('2026-03-01T12:34:00Z');
    resetFakes(makeState({ connection: 'unreachable', lastError: { code: 'network', message: 'fetch failed', at: '' }, retryAt, rows: rowPerStatus(['completed']) }));
    const { container } = await openPopup();
    const line = container.querySelector<HTMLElement>('[data-banner="unreachable"] [data-retry-at]')!;
    expect(line.dataset.retryAt).toBe(String(retryAt));
    expect(line.textContent).toBe(`Next try at ${formatClock('2026-03-01T12:34:00Z')}.`);
  });
});

describe('popup: loading and refreshing', () => {
  it('renders from the cached state first, then syncs, then re-reads on a change broadcast', async () => {
    resetFakes(makeState({ rows: rowPerStatus(['completed']) }));
    const { container } = await openPopup();
    expect(fake.calls[0]!.type).toBe('popup/screen');
    expect(fake.calls.findIndex((c) => c.type === 'sync/now')).toBeGreaterThan(0);
    expect(performance.getEntriesByName(FIRST_LIST_PAINT).length).toBeGreaterThan(0);

    fake.state = makeState({ rows: rowPerStatus(['completed', 'failed']) });
    broadcast({ type: 'changed', scope: 'scans' });
    await waitFor(() => expect(container.querySelector('[data-scan-id="s-failed"]')).not.toBeNull());
  });

  it('syncs again from the refresh button', async () => {
    resetFakes(makeState({ rows: rowPerStatus(['completed']) }));
    await openPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(callsOf('sync/now')).toHaveLength(2));
  });

  it('says so when the background does not answer', async () => {
    fake.handlers.set('popup/screen', () => Promise.reject(new Error('No answer')));
    fake.handlers.set('popup/rows', () => Promise.reject(new Error('No answer')));
    render(<Popup />);
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
  });
});

describe('popup: hostile API text', () => {
  it('renders markup in API strings as inert text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    resetFakes(makeState({ connection: 'unreachable', lastError: { code: 'x', message: hostile, at: '' }, rows: [makeRow({ projectName: hostile, scanName: `<script>alert(2)</script>`, kind: hostile, reason: hostile })] }));
    const { container } = await openPopup();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    const row = container.querySelector<HTMLElement>('[data-scan-id="scan-1"]')!;
    expect(row.querySelector('.project-name')!.textContent).toBe(hostile);
    expect(within(row).getByText('<script>alert(2)</script>')).toBeTruthy();
  });
});
