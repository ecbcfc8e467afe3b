// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { callsOf, resetFakes } from '../testing/fake-platform.ts';
import { makeState, rowPerStatus } from '../testing/fixtures.ts';
import { formatClock } from '../format-time.ts';
import type { PopupState } from '../../messages.ts';
import { Popup } from './popup.tsx';

vi.mock('../../platform/send-message.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/on-broadcast.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/local-prefs.ts', () => import('../testing/fake-platform.ts'));
vi.mock('../../platform/i18n.ts', () => import('../testing/fake-i18n.ts'));

const AT = '2026-03-01T10:42:00Z';

async function openPopupWith(state: PopupState) {
  resetFakes(state);
  const view = render(<Popup />);
  await waitFor(() => expect(callsOf('sync/now')).toHaveLength(1));
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
  return view.container;
}

beforeEach(() => resetFakes());
afterEach(cleanup);

describe('popup: quiet notice when the last sync failed but the connection is fine', () => {
  it.each([
    ['rate_limited', 'HTTP 429', 'the API asked ScanSight to slow down'],
    ['invalid_response', 'invalid response at data[3].attributes.state', 'the API sent a reply ScanSight could not read'],
    ['internal', 'TypeError', 'ScanSight hit an internal error'],
  ])('explains %s in plain words, with the time, in the header', async (code, message, reason) => {
    const container = await openPopupWith(makeState({ lastError: { code, message, at: AT }, rows: rowPerStatus(['completed']) }));
    const notice = container.querySelector<HTMLElement>('header [data-sync-notice]')!;
    expect(notice.dataset.syncNotice).toBe(code);
    expect(notice.textContent).toBe(`Last sync at ${formatClock(AT)} failed: ${reason}. Showing the last synced data; ScanSight retries on its own.`);
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.title).toBe(message);
    // Not alarming: no banner, no alert, the list is not marked stale.
    expect(container.querySelector('[data-banner], [role="alert"]')).toBeNull();
    expect(container.querySelector('[data-synced]')!.textContent).not.toContain('(stale)');
  });

  it('shows an unknown code with its message, as inert text', async () => {
    const hostile = '<img src=x onerror=alert(1)> upstream said no';
    const container = await openPopupWith(makeState({ lastError: { code: 'teapot', message: hostile, at: AT } }));
    expect(container.querySelector('[data-sync-notice]')!.textContent).toContain(`failed: ${hostile}.`);
    expect(container.querySelector('img')).toBeNull();
  });

  it.each([
    ['no error', makeState({ lastError: null })],
    ['unreachable (its banner says it)', makeState({ connection: 'unreachable', lastError: { code: 'network', message: 'x', at: AT } })],
    ['token rejected (its banner says it)', makeState({ connection: 'unauthorized', lastError: { code: 'unauthorized', message: 'x', at: AT } })],
    ['not configured', makeState({ configured: false, connection: 'not_configured', lastError: { code: 'rate_limited', message: 'x', at: AT } })],
  ])('stays hidden with %s', async (_name, state) => {
    const container = await openPopupWith(state);
    expect(container.querySelector('[data-sync-notice]')).toBeNull();
  });
});
