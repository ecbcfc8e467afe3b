// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fake, resetFakes } from '../testing/fake-platform.ts';
import { makeDetail, makeRow, makeState } from '../testing/fixtures.ts';
import { ROW_HEIGHT, ScanList } from './scan-list.tsx';

vi.mock('../../platform/send-message.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/i18n.ts', () => import('../testing/fake-i18n.ts'));

const ROWS = Array.from({ length: 20 }, (_, i) => makeRow({ scanId: `scan-${i}`, projectId: `p-${i}` }));
const VIEWPORT = 430;

// happy-dom does no layout: the detail's height and the viewport are what the test says they are.
let detailHeight = 96;
beforeEach(() => {
  resetFakes();
  detailHeight = 96;
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('detail-row') ? detailHeight : this.classList.contains('scan-row') ? ROW_HEIGHT : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('scan-list') ? VIEWPORT : 0;
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const rowOf = (id: string) => document.querySelector<HTMLElement>(`[role=row][data-scan-id="${id}"]`);

describe('scan list: a row below a detail that grew', () => {
  it('stays mounted when the list is scrolled to it before the detail was measured again', async () => {
    fake.details.set('scan-1', makeDetail(ROWS[1]!));
    render(<ScanList rows={ROWS} state={makeState({ rows: ROWS })} stale={false} now={Date.now()} onChanged={() => undefined} />);
    fireEvent.click(rowOf('scan-1')!);
    await screen.findByText('aws-eu-west-1');
    const below = rowOf('scan-2')!;

    // The loaded detail is laid out tall; its ResizeObserver has not reported yet when a scroll event
    // brings the row below it into view (as a click on that row does).
    detailHeight = 2_632;
    const grid = screen.getByRole('treegrid');
    grid.scrollTop = 2 * ROW_HEIGHT + detailHeight + ROW_HEIGHT - VIEWPORT;
    fireEvent.scroll(grid);

    await waitFor(() => expect(rowOf('scan-2')).not.toBeNull());
    expect(rowOf('scan-2')).toBe(below);
    expect(document.querySelector('[data-detail-for="scan-1"]')).not.toBeNull();
    expect(rowOf('scan-1')?.getAttribute('aria-expanded')).toBe('true');
  });
});
