// @vitest-environment happy-dom
/**
 * Every word the options page shows comes from public/_locales (or is the user's data): rendered in
 * a pseudo-locale, no text node or label holds English of its own.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from './options-page.tsx';
import { SETTINGS, background, get, resetBackground } from './testing/fake-background.ts';
import { dataStrings, literalText } from '../platform/testing/pseudo-locale.ts';

vi.mock('../platform/extension-api.ts', async () => (await import('../platform/testing/pseudo-locale.ts')).pseudoExt());
vi.mock('../platform/permissions.ts', async (original) => ({ ...(await original<object>()), ...(await import('./testing/fake-background.ts')).permissions }));
vi.mock('../platform/send-message.ts', () => import('./testing/fake-background.ts'));

beforeEach(resetBackground);
afterEach(cleanup);

const projects = [{ projectId: 'p-1', projectName: 'Prod AWS', muted: true }, { projectId: 'p-2', projectName: 'Dev GCP', muted: false }];
const recent = [
  { at: '2026-03-01T12:00:00.000Z', kind: 'broken', outcome: 'shown', scanId: 's-1', scanName: 'Nightly', projectName: 'Checkout' },
  { at: '2026-03-01T12:05:00.000Z', kind: 'fixed', outcome: 'quiet_hours', scanId: 's-2', scanName: null, projectName: null },
];

describe('options page in a pseudo-locale', () => {
  it('every section, a locked field, the recent changes and each report: no English outside the locale files', async () => {
    const settings = { ...SETTINGS, sourceType: 'prowler' as const, apiUrl: 'https://api.example.com', dashboardUrl: 'https://dash.example.com/app/' };
    background({
      'options/get': get({ settings, locked: ['apiUrl'], hasToken: true }),
      'popup/rows': () => ({ rows: projects }) as never,
      'notifications/recent': () => recent as never,
      'notifications/test': () => ({ ok: true, permission: 'denied', shown: false }),
      'options/test': () => ({ ok: false, error: 'token rejected', status: 401 }),
    });
    const { container } = render(<OptionsPage />);
    await waitFor(() => expect(container.querySelector('input[type=url], input[type=text]')).not.toBeNull());
    await waitFor(() => expect(container.querySelectorAll('.recent-notifications li')).toHaveLength(2));
    const data = dataStrings(settings, projects, recent, 'token rejected');
    expect(literalText(container, data)).toEqual([]);

    for (const button of [...container.querySelectorAll<HTMLButtonElement>('button')].filter((b) => /options_(notifyTest|test)⟧/.test(b.textContent ?? ''))) fireEvent.click(button);
    await waitFor(() => expect(container.textContent).toContain('⟦options_testFailedStatus'));
    await waitFor(() => expect(container.querySelector('.notify-report')!.textContent).not.toBe(''));
    expect(literalText(container, data)).toEqual([]);
  });
});
