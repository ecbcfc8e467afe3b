// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { PopupState, PopupView, Request, ScanRow } from '../../messages.ts';
import { countByFilter, countByStatus, scopeRows, selectRows } from '../../core/select-rows.ts';
import { callsOf, fake, resetFakes } from '../testing/fake-platform.ts';
import { makeRow, makeState } from '../testing/fixtures.ts';
import { startPopupBoot } from '../popup-boot.ts';
import { FIRST_SCREEN_ROWS } from '../../core/first-screen.ts';
import { FIRST_LIST_PAINT, Popup } from './popup.tsx';

vi.mock('../../platform/send-message.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/on-broadcast.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/local-prefs.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/i18n.ts', () => import('../testing/fake-i18n.ts'));
vi.mock('../../platform/stored-popup-view.ts', () => import('../testing/fake-platform.ts'));

// 300 latest runs, newest first; "Needle" is the oldest, far below any first screen.
const ROWS: ScanRow[] = Array.from({ length: 300 }, (_, i) =>
  makeRow({
    scanId: `scan-${i}`,
    projectId: `p-${i}`,
    projectName: i === 0 ? 'Needle' : `Project ${i}`,
    status: i % 50 === 7 ? 'failed' : 'completed',
    startedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  }),
);

/** The background's first screen of `view`, as background/views/popup-state.ts answers it. */
function firstScreenOf(view: PopupView, limit: number): PopupState {
  const now = Date.now();
  const scoped = scopeRows(ROWS, view.allRuns);
  const selected = selectRows(scoped, view.filter, view.search, now);
  const counts = countByStatus(scoped);
  return makeState({
    rows: selected.slice(0, limit),
    firstScreen: { view, matched: selected.length, counts, filters: countByFilter(scoped, counts, now), scans: ROWS.length },
  });
}

/** A background that answers a view's first screen at once and every row only when `release()` is called. */
function scriptBackground() {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  fake.handlers.set('popup/screen', async (payload) => {
    const { view, limit } = payload as Request<'popup/screen'>;
    return firstScreenOf(view, limit ?? FIRST_SCREEN_ROWS);
  });
  fake.handlers.set('popup/rows', async () => {
    await held;
    return makeState({ rows: ROWS });
  });
  return { release: () => release() };
}

const shownIds = (container: Element) => [...container.querySelectorAll<HTMLElement>('[data-scan-id]')].map((row) => row.dataset.scanId!);
/** The popup's reads in order: a first screen's request (its view) or every row's (`{}`). */
const stateCalls = () => fake.calls.filter((c) => c.type === 'popup/screen' || c.type === 'popup/rows').map((c) => c.payload as Request<'popup/screen'> | Record<string, never>);

beforeEach(() => {
  resetFakes();
  performance.clearMarks();
});
afterEach(cleanup);

describe('popup: the first screen first, then every row', () => {
  it('paints the first screen of the remembered view before every row is sent, then asks for every row', async () => {
    fake.storage.set('popup.prefs', { filter: 'all', search: '', allRuns: false });
    const background = scriptBackground();
    const { container } = render(<Popup />);
    await screen.findByRole('treegrid');
    expect(stateCalls()[0]).toEqual({ view: { filter: 'all', search: '', allRuns: false }, limit: FIRST_SCREEN_ROWS });
    expect(shownIds(container)[0]).toBe('scan-257');
    // The totals are the whole view's, not the first screen's.
    expect(screen.getByRole('treegrid').getAttribute('aria-rowcount')).toBe('300');
    expect(screen.getByRole('button', { name: /All/ }).textContent).toContain('300');
    expect(screen.getByRole('button', { name: /Needs attention/ }).textContent).toContain('6');
    await waitFor(() => expect(performance.getEntriesByName(FIRST_LIST_PAINT)).toHaveLength(1));
    await waitFor(() => expect(stateCalls()).toContainEqual({}));
    expect(callsOf('sync/now')).toHaveLength(0);

    background.release();
    await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
    // Every row is here: a search covers every cached scan without asking the background.
    const asked = stateCalls().length;
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'needle' } });
    expect(shownIds(container)).toEqual(['scan-0']);
    expect(stateCalls()).toHaveLength(asked);
  });

  it('asks for the first screen of a view changed before every row arrived', async () => {
    const background = scriptBackground();
    const { container } = render(<Popup />);
    await screen.findByRole('treegrid');
    fireEvent.click(screen.getByRole('button', { name: /Needs attention/ }));
    await waitFor(() => expect(stateCalls()).toContainEqual({ view: { filter: 'attention', search: '', allRuns: false }, limit: FIRST_SCREEN_ROWS }));
    await waitFor(() => expect(shownIds(container)).toEqual(['scan-257', 'scan-207', 'scan-157', 'scan-107', 'scan-57', 'scan-7']));
    background.release();
    await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
    expect(shownIds(container)).toEqual(['scan-257', 'scan-207', 'scan-157', 'scan-107', 'scan-57', 'scan-7']);
  });

  it('asks for the first screen as the script loads, once', async () => {
    fake.storage.set('popup.prefs', { filter: 'running', search: '', allRuns: true });
    const background = scriptBackground();
    const boot = startPopupBoot();
    await boot.firstScreen;
    expect(stateCalls()).toEqual([{ view: { filter: 'running', search: '', allRuns: true }, limit: FIRST_SCREEN_ROWS }]);
    render(<Popup boot={boot} />);
    await screen.findByText(/No scans match/);
    background.release();
    await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
    expect(callsOf('popup/screen')).toHaveLength(1);
  });

  it('falls back to every row when the first screen fails', async () => {
    fake.handlers.set('popup/screen', async () => {
      throw new Error('No answer');
    });
    fake.handlers.set('popup/rows', async () => makeState({ rows: ROWS }));
    const { container } = render(<Popup />);
    await waitFor(() => expect(shownIds(container)[0]).toBe('scan-257'));
    expect(screen.getByRole('treegrid').getAttribute('aria-rowcount')).toBe('300');
  });
});

describe('popup: the stored view first, without the worker', () => {
  const VIEW: PopupView = { filter: 'all', search: '', allRuns: false };
  /** The stored view as the worker writes it, derived at change `changes`. */
  function storeView(changes: number, liveChanges: number) {
    const { rows, firstScreen } = firstScreenOf(VIEW, FIRST_SCREEN_ROWS);
    fake.storedView = {
      record: {
        key: 'popup', version: 1, changes, builtAt: 0, validUntil: null, configured: true, capabilities: makeState().capabilities,
        connection: 'ok', lastSuccessAt: null, lastError: null, retryAt: null, screens: { 'all:latest': { rows, firstScreen } },
      },
      sync: { key: 'state', changes: liveChanges, connection: 'ok', lastSuccessAt: new Date().toISOString(), lastError: null },
    };
  }

  it('paints the stored view of the remembered view, asks the worker for no first screen, then for every row', async () => {
    fake.storage.set('popup.prefs', VIEW);
    storeView(3, 3);
    const background = scriptBackground();
    const { container } = render(<Popup boot={startPopupBoot()} />);
    await waitFor(() => expect(shownIds(container)[0]).toBe('scan-257'));
    expect(screen.getByRole('treegrid').getAttribute('aria-rowcount')).toBe('300');
    expect(container.querySelector('[data-action="refresh"]')?.getAttribute('aria-busy')).toBe('false');
    await waitFor(() => expect(callsOf('popup/rows')).toHaveLength(1));
    expect(callsOf('popup/screen')).toHaveLength(0);
    background.release();
    await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
  });

  it('says it is refreshing while the stored view is behind the cache, until every row arrives', async () => {
    fake.storage.set('popup.prefs', VIEW);
    storeView(3, 4);
    const background = scriptBackground();
    const { container } = render(<Popup boot={startPopupBoot()} />);
    await waitFor(() => expect(shownIds(container)[0]).toBe('scan-257'));
    expect(container.querySelector('[data-action="refresh"]')?.getAttribute('aria-busy')).toBe('true');
    expect(callsOf('popup/screen')).toHaveLength(0);
    background.release();
    await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
    await waitFor(() => expect(container.querySelector('[data-action="refresh"]')?.getAttribute('aria-busy')).toBe('false'));
  });

  it('asks the worker when the remembered view has a search (not materialized)', async () => {
    fake.storage.set('popup.prefs', { ...VIEW, search: 'needle' });
    storeView(3, 3);
    scriptBackground();
    render(<Popup boot={startPopupBoot()} />);
    await waitFor(() => expect(callsOf('popup/screen')).toEqual([{ view: { ...VIEW, search: 'needle' }, limit: FIRST_SCREEN_ROWS }]));
  });
});

