// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { callsOf, fake, resetFakes } from '../testing/fake-platform.ts';
import { makeRow, makeState } from '../testing/fixtures.ts';
import { Popup } from './popup.tsx';

vi.mock('../../platform/send-message.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/on-broadcast.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/local-prefs.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/i18n.ts', () => import('../testing/fake-i18n.ts'));

async function openPopup() {
  const view = render(<Popup />);
  await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
  await screen.findByRole('treegrid');
  return view;
}

function shownIds(container: Element): string[] {
  return [...container.querySelectorAll<HTMLElement>('[data-scan-id]')].map((row) => row.dataset.scanId!);
}

const ROWS = [
  makeRow({ scanId: 'ok', status: 'completed', projectName: 'Billing', scanName: 'Nightly CSPM' }),
  makeRow({ scanId: 'bad', status: 'failed', projectName: 'Payments', scanName: 'Weekly code', startedAt: '2026-03-01T09:00:00Z' }),
  makeRow({ scanId: 'bad-new', status: 'failed', projectName: 'Ledger', scanName: 'Nightly CSPM', startedAt: '2026-03-02T09:00:00Z' }),
  makeRow({ scanId: 'acked', status: 'partially_completed', projectName: 'Audit', acknowledged: true }),
  makeRow({ scanId: 'run', status: 'running', projectName: 'Search', failedSoFar: 1, durationMs: null }),
  makeRow({ scanId: 'old', status: 'failed', projectName: 'Billing', latest: false }),
];

beforeEach(() => resetFakes(makeState({ rows: ROWS })));
afterEach(cleanup);

describe('popup list: order, filters and search', () => {
  it('shows the latest run per project, worst first then newest', async () => {
    const { container } = await openPopup();
    expect(shownIds(container)).toEqual(['bad-new', 'bad', 'acked', 'run', 'ok']);
  });

  it('filters to what needs attention, to running, and back to all', async () => {
    const { container } = await openPopup();
    fireEvent.click(screen.getByRole('button', { name: /Needs attention/ }));
    // Acknowledged scans no longer need attention; a running scan with early failures does.
    expect(shownIds(container)).toEqual(['bad-new', 'bad', 'run']);
    fireEvent.click(screen.getByRole('button', { name: /Running/ }));
    expect(shownIds(container)).toEqual(['run']);
    fireEvent.click(screen.getByRole('button', { name: /All/ }));
    expect(shownIds(container)).toHaveLength(5);
  });

  it('searches project and scan names, case-insensitively', async () => {
    const { container } = await openPopup();
    const search = screen.getByRole('searchbox', { name: 'Search by project or scan name' });
    fireEvent.input(search, { target: { value: 'billing' } });
    expect(shownIds(container)).toEqual(['ok']);
    fireEvent.input(search, { target: { value: 'WEEKLY' } });
    expect(shownIds(container)).toEqual(['bad']);
    fireEvent.input(search, { target: { value: 'nothing like it' } });
    expect(container.querySelector('[data-empty="no-match"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show all scans' }));
    expect(shownIds(container)).toHaveLength(5);
  });

  it('shows every run on demand', async () => {
    const { container } = await openPopup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Every run' }));
    expect(shownIds(container)).toContain('old');
  });

  it('remembers filter, search and scope between openings', async () => {
    const first = await openPopup();
    fireEvent.click(screen.getByRole('button', { name: /Needs attention/ }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'pay' } });
    first.unmount();
    await waitFor(() => expect(fake.storage.get('popup.prefs')).toEqual({ filter: 'attention', search: 'pay', allRuns: false }));

    resetFakes(makeState({ rows: ROWS }));
    fake.storage.set('popup.prefs', { filter: 'attention', search: 'pay', allRuns: false });
    const { container } = await openPopup();
    expect(shownIds(container)).toEqual(['bad']);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('pay');
    expect(screen.getByRole('button', { name: /Needs attention/ }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('popup list: keyboard', () => {
  it('moves with arrows, expands with Enter and collapses with Escape', async () => {
    fake.details.set('bad-new', (await import('../testing/fixtures.ts')).makeDetail(ROWS[2]!));
    const { container } = await openPopup();
    const row = (id: string) => container.querySelector<HTMLElement>(`[data-scan-id="${id}"]`)!;
    expect(row('bad-new').tabIndex).toBe(0);
    expect(row('bad').tabIndex).toBe(-1);
    row('bad-new').focus();
    fireEvent.keyDown(row('bad-new'), { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(row('bad')));
    fireEvent.keyDown(row('bad'), { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(row('bad-new')));
    fireEvent.keyDown(row('bad-new'), { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(row('ok')));
    fireEvent.keyDown(row('ok'), { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(row('bad-new')));

    fireEvent.keyDown(row('bad-new'), { key: 'Enter' });
    expect(row('bad-new').getAttribute('aria-expanded')).toBe('true');
    const button = await screen.findByRole('button', { name: 'Open integrations' });
    button.focus();
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(row('bad-new').getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(document.activeElement).toBe(row('bad-new')));
  });
});

describe('popup list: 10,000 scans', () => {
  const many = Array.from({ length: 10_000 }, (_, i) =>
    makeRow({ scanId: `scan-${i}`, projectId: `p-${i}`, projectName: `Project ${i}`, startedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }),
  );

  it('renders only a window of rows and follows the scroll', async () => {
    resetFakes(makeState({ rows: many }));
    const { container } = await openPopup();
    const grid = screen.getByRole('treegrid');
    expect(grid.getAttribute('aria-rowcount')).toBe('10000');
    const first = shownIds(container);
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(40);
    // Newest first.
    expect(first[0]).toBe('scan-9999');

    grid.scrollTop = 58 * 5_000;
    fireEvent.scroll(grid);
    await waitFor(() => expect(shownIds(container)).toContain('scan-4999'));
    expect(shownIds(container).length).toBeLessThan(40);
  });

  it('reaches the last row from the keyboard', async () => {
    resetFakes(makeState({ rows: many }));
    const { container } = await openPopup();
    const top = container.querySelector<HTMLElement>('[data-scan-id="scan-9999"]')!;
    top.focus();
    fireEvent.keyDown(top, { key: 'End' });
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.scanId).toBe('scan-0'));
    expect(shownIds(container).length).toBeLessThan(40);
  });
});
